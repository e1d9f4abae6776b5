import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { keepHappinessDays, keepRecentHappinessDays } from '../../src/app/feedback/keep-happiness-days.ts';
import type { Survey } from '../../src/core/rating/survey.ts';
import { CRONTAB } from '../../src/jobs/worker.ts';
import { confirmClick } from '../support/customer-pages.ts';
import { buildRatingRequest, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Counts = { answers: number; happy: number; negative: number };
type Report = { overall: Counts; groups: (Counts & { label: string })[] };

const at = (iso: string) => Date.parse(iso);
const counts = ({ answers, happy, negative }: Counts) => [answers, happy, negative];

describe('happiness over settled days', () => {
  let t: TestApp;
  let clock = at('2026-01-10T09:00:00Z');
  let email: string;

  /** A report as of now (signing in again: the clock jumps further than a session lasts). */
  async function report(query: string): Promise<Report> {
    const client = await signIn(t.app, email, TEST_PASSWORD);
    const response = await client.request('GET', `/api/v1/feedback/happiness?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  }
  const byLabel = (r: Report) => Object.fromEntries(r.groups.map((g) => [g.label, counts(g)]));
  const keptAnswers = async () =>
    (
      await sql<{ n: number }>`SELECT coalesce(sum(answers), 0)::int AS n FROM happiness_days`.execute(
        t.ctx.db,
      )
    ).rows[0]?.n;

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    email = (await buildUser(t.ctx, { role: 'agent' })).email;
    const team = await buildTeam(t.ctx, 'Couriers');
    // 10 January: a red delivery that turns green on the 12th, and a gold one.
    const changed = await buildRatingRequest(t.ctx, { touchpointRef: 'changed' });
    const delivery: Survey = changed.survey;
    await confirmClick(t, changed.linkFor(1));
    const gold = await buildRatingRequest(t.ctx, { survey: delivery });
    await confirmClick(t, gold.linkFor(4));
    // 11 January, 23:30: a neutral CSAT 3 for the couriers.
    clock = at('2026-01-11T23:30:00Z');
    const csat = await buildRatingRequest(t.ctx, {
      kind: 'csat',
      touchpointType: 'support',
      teamId: team.id,
    });
    await confirmClick(t, csat.linkFor(3));
    clock = at('2026-01-12T10:00:00Z');
    await confirmClick(t, changed.linkFor(4));
  });
  after(() => t.close());

  it('counts the same from kept days as from the answers themselves, each request once by its latest answer', async () => {
    clock = at('2026-01-13T12:00:00Z');
    const fresh = await report('groupBy=period&from=2026-01-01&to=2026-01-13');
    assert.equal(await keptAnswers(), 0, 'no day of the window has settled yet');

    clock = at('2026-03-01T12:00:00Z');
    const settled = await report('groupBy=period&from=2026-01-01&to=2026-01-13');
    assert.deepEqual(settled, { ...fresh, groups: settled.groups });
    assert.deepEqual(counts(settled.overall), [3, 2, 0]);
    assert.deepEqual(byLabel(settled), {
      '2026-01-10': [1, 1, 0],
      '2026-01-11': [1, 0, 0],
      '2026-01-12': [1, 1, 0],
    });
    assert.deepEqual(byLabel(settled), byLabel(fresh));
    assert.equal(await keptAnswers(), 3, 'the settled days were counted into happiness_days');
  });

  it('counts the partial first and last days of a window live, and groups kept days by team and survey', async () => {
    clock = at('2026-03-01T12:00:00Z');
    const window = 'from=2026-01-10T12:00:00Z&to=2026-01-12T09:00:00Z';
    assert.deepEqual(byLabel(await report(`groupBy=team&${window}`)), { Couriers: [1, 0, 0] });
    assert.deepEqual(
      counts((await report(`from=2026-01-10T08:00:00Z&to=2026-01-12T11:00:00Z`)).overall),
      [3, 2, 0],
    );
    assert.deepEqual(byLabel(await report('groupBy=touchpointType&from=2026-01-01&to=2026-02-01')), {
      delivery: [2, 2, 0],
      support: [1, 0, 0],
    });
  });

  it('counts each settled day once, however many reports fill it at the same time', async () => {
    clock = at('2026-06-01T12:00:00Z');
    const reports = await Promise.all(
      Array.from({ length: 4 }, () => report('groupBy=survey&from=2025-12-01&to=2026-06-01')),
    );
    for (const r of reports) assert.deepEqual(counts(r.overall), [3, 2, 0]);
    assert.equal(await keptAnswers(), 3);
    const days = await sql<{ n: number }>`SELECT count(*)::int AS n FROM happiness_days_settled`.execute(
      t.ctx.db,
    );
    assert.ok((days.rows[0]?.n ?? 0) > 150, 'the whole settled window is marked counted, answered or not');
  });
  it("is counted by the worker's hourly task before any report asks, once", async () => {
    assert.match(CRONTAB, /^30 \* \* \* \* keep-happiness-days$/m);
    clock = at('2026-09-01T12:00:00Z');
    // Kept so far: 1 December to 23 May. The task's year reaches from 1 September 2025 (91 days
    // before December) to 23 August 2026 (92 days after May).
    assert.equal(await keepRecentHappinessDays(t.ctx), 91 + 92);
    assert.equal(await keepRecentHappinessDays(t.ctx), 0, 'nothing left to count');
    assert.equal(await keptAnswers(), 3);
  });

  it('asks the database whether days are counted only for days this instance has not seen counted', async () => {
    clock = at('2026-09-01T12:00:00Z');
    const august = { from: new Date('2026-08-01T00:00:00Z'), to: new Date('2026-08-10T00:00:00Z') };
    // Behind this instance's back: a day it has seen counted is listed as not counted.
    await sql`DELETE FROM happiness_days_settled WHERE day = '2026-08-05'`.execute(t.ctx.db);
    assert.equal(await keepHappinessDays(t.ctx, august), 0, 'seen counted: not asked again');
    assert.equal(await keepHappinessDays({ ...t.ctx }, august), 1, 'another instance asks, and counts it');
    assert.equal(await keptAnswers(), 3);
  });
});

describe('which answer of a request is its latest, wherever in a window it falls', () => {
  let t: TestApp;
  let clock = at('2026-01-12T09:00:00Z');
  let email: string;

  const overall = async (query: string) => {
    const client = await signIn(t.app, email, TEST_PASSWORD);
    const response = await client.request('GET', `/api/v1/feedback/happiness?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return counts((response.json() as Report).overall);
  };

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    email = (await buildUser(t.ctx, { role: 'agent' })).email;
    const { request } = await buildRatingRequest(t.ctx);
    // Two instances record one request's clicks seconds apart, the one whose clock is behind last:
    // the green answer is the later in time, the red one the later recorded.
    for (const [score, time] of [
      [3, '2026-01-10T10:00:05Z'],
      [1, '2026-01-10T10:00:00Z'],
    ] as const)
      await sql`
        INSERT INTO rating_answers (request_id, score, source, at, survey_id, touchpoint_type, team_id)
        VALUES (${request.id}, ${score}, 'page', ${new Date(time)}, ${request.surveyId}, ${request.touchpointType}, NULL)
      `.execute(t.ctx.db);
  });
  after(() => t.close());

  it('is the answer last in time, counted alike in the recent days, at a settled edge and from kept days', async () => {
    assert.deepEqual(await overall('from=2026-01-10&to=2026-01-11'), [1, 1, 0], 'recent');
    clock = at('2026-03-01T12:00:00Z');
    assert.deepEqual(
      await overall('from=2026-01-10T09:00:00Z&to=2026-01-10T23:00:00Z'),
      [1, 1, 0],
      'an edge',
    );
    assert.deepEqual(await overall('from=2026-01-10&to=2026-01-11'), [1, 1, 0], 'kept');
    const kept = await sql<{ score: number }>`SELECT score FROM happiness_days`.execute(t.ctx.db);
    assert.deepEqual(
      kept.rows.map((row) => row.score),
      [3],
    );
  });

  it("refuses to change a request's survey, touchpoint type or team, which its answers carry", async () => {
    const team = await buildTeam(t.ctx, 'Movers');
    await assert.rejects(
      sql`UPDATE rating_requests SET team_id = ${team.id}`.execute(t.ctx.db),
      /survey, touchpoint type and team are fixed/,
    );
    await assert.rejects(
      sql`UPDATE rating_requests SET touchpoint_type = 'repair'`.execute(t.ctx.db),
      /survey, touchpoint type and team are fixed/,
    );
  });
});
