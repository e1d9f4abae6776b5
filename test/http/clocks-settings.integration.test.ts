import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { openCaseIn } from '../../src/app/cases/open-case.ts';
import {
  IN_TRANSACTION_LIMIT,
  REFRESH_GOVERNED_CLOCKS,
} from '../../src/app/timers/refresh-governed-clocks.ts';
import type { Database } from '../../src/store/schema.ts';
import { buildCase, buildCustomer, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

// Monday 2026-12-07 09:00 UTC: 10:00 in Berlin.
const MONDAY_9_UTC = new Date('2026-12-07T09:00:00Z');
const everyday = (start: string, end: string) =>
  Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [{ start, end }]]));
const weekdays = (start: string, end: string) =>
  Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start, end }]]));

const goodPolicy = {
  acknowledgeWithin: { minutes: 60, business: true },
  updateEvery: { minutes: 120, business: true },
  resolveWithin: { minutes: 480, business: true },
  holdingMessage: true,
};
const berlinAfternoons = {
  timeZone: 'Europe/Berlin',
  weekly: weekdays('13:00', '17:00'),
  holidayCountry: 'de',
  holidayRegion: 'BY',
  daysOff: ['2026-12-31', '2026-12-30', '2026-12-31'],
};

describe('clocks settings: case policies and business hours (HTTP)', () => {
  let t: TestApp;
  let admin: Client;
  let agent: Client;
  let teamId: string;
  before(async () => {
    t = await startTestApp({ now: () => MONDAY_9_UTC });
    const team = await buildTeam(t.ctx);
    teamId = team.id;
    const adminUser = await buildUser(t.ctx, { role: 'admin', teamIds: [team.id] });
    const agentUser = await buildUser(t.ctx, { role: 'agent', teamIds: [team.id] });
    admin = await signIn(t.app, adminUser.email, TEST_PASSWORD);
    agent = await signIn(t.app, agentUser.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const snapshot = async () => ({
    policies: await t.ctx.db.selectFrom('case_policies').selectAll().orderBy('severity').execute(),
    hours: await t.ctx.db.selectFrom('business_hours').selectAll().orderBy('id').execute(),
    clocks: await t.ctx.db
      .selectFrom('cases')
      .select(['id', 'acknowledge_due_at', 'update_due_at', 'resolve_due_at', 'next_due_at'])
      .orderBy('id')
      .execute(),
    timers: await t.ctx.db.selectFrom('case_timers').select(['id', 'due_at']).orderBy('id').execute(),
    audit: (await t.ctx.db.selectFrom('audit_log').select('id').execute()).length,
  });
  const dueOf = async (caseId: string) =>
    (
      await t.ctx.db
        .selectFrom('cases')
        .select('acknowledge_due_at')
        .where('id', '=', caseId)
        .executeTakeFirstOrThrow()
    ).acknowledge_due_at?.toISOString();
  const timerDue = async (caseId: string) =>
    (
      await t.ctx.db
        .selectFrom('case_timers')
        .select('due_at')
        .where('case_id', '=', caseId)
        .where('kind', '=', 'acknowledge_due')
        .executeTakeFirstOrThrow()
    ).due_at.toISOString();

  /** Each bad request: 400 VALIDATION_FAILED naming `field`, and not one row changed. */
  async function refused(method: 'PUT', url: string, body: unknown, field: string) {
    const before = await snapshot();
    const response = await admin.request(method, url, body);
    assert.equal(response.statusCode, 400, `${url} ${JSON.stringify(body)}: ${response.body}`);
    const problem = response.json();
    assert.equal(problem.code, 'VALIDATION_FAILED');
    const fields = (problem.errors as { field: string }[]).map((e) => e.field.replace(/^body\.?/, ''));
    assert.ok(fields.includes(field), `${field} in ${JSON.stringify(problem.errors)}`);
    assert.ok(problem.detail.length > 10, 'a sentence');
    assert.deepEqual(await snapshot(), before, 'nothing changed');
  }

  it('signed-in staff read the policies, most severe first; only admins change them', async () => {
    const listed = await agent.request('GET', '/api/v1/case-policies');
    assert.equal(listed.statusCode, 200);
    assert.deepEqual(
      listed.json().policies.map((p: { severity: string }) => p.severity),
      ['critical', 'high', 'normal', 'low'],
    );
    const before = await snapshot();
    const forbidden = await agent.request('PUT', '/api/v1/case-policies/normal', goodPolicy);
    assert.equal(forbidden.statusCode, 403);
    assert.deepEqual(await snapshot(), before);
  });

  it('a policy change is saved, audited, and recomputes the clocks of that severity’s active cases', async () => {
    const normal = await buildCase(t.ctx, { severity: 'normal' });
    const low = await buildCase(t.ctx, { severity: 'low' });
    // The seeded normal policy: acknowledge within 480 business minutes of Mon–Fri 09–17 UTC.
    assert.equal(await dueOf(normal.id), '2026-12-07T17:00:00.000Z');
    const lowBefore = await dueOf(low.id);

    const saved = await admin.request('PUT', '/api/v1/case-policies/normal', goodPolicy);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), { severity: 'normal', ...goodPolicy });
    assert.deepEqual(
      (await agent.request('GET', '/api/v1/case-policies'))
        .json()
        .policies.find((p: { severity: string }) => p.severity === 'normal'),
      { severity: 'normal', ...goodPolicy },
    );
    assert.equal(await dueOf(normal.id), '2026-12-07T10:00:00.000Z');
    assert.equal(await timerDue(normal.id), '2026-12-07T10:00:00.000Z', 'its timer moved too');
    assert.equal(await dueOf(low.id), lowBefore, 'another severity is untouched');
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'case_policy.updated')
      .executeTakeFirstOrThrow();
    assert.equal(entry.subject_id, 'normal');
    assert.equal(
      (entry.details as { before: { acknowledgeWithin: { minutes: number } } }).before.acknowledgeWithin
        .minutes,
      480,
    );
  });

  it('refuses a bad policy with the field and a sentence, changing nothing', async () => {
    const url = '/api/v1/case-policies/high';
    const budget = (minutes: unknown, business = true) => ({ minutes, business });
    await refused('PUT', url, { ...goodPolicy, updateEvery: budget(481) }, 'updateEvery.minutes');
    await refused('PUT', url, { ...goodPolicy, acknowledgeWithin: budget(0) }, 'acknowledgeWithin.minutes');
    await refused('PUT', url, { ...goodPolicy, acknowledgeWithin: budget(-5) }, 'acknowledgeWithin.minutes');
    await refused('PUT', url, { ...goodPolicy, updateEvery: budget(1.5) }, 'updateEvery.minutes');
    await refused(
      'PUT',
      url,
      { ...goodPolicy, resolveWithin: budget(90 * 1440 + 1) },
      'resolveWithin.minutes',
    );
    await refused('PUT', url, { ...goodPolicy, resolveWithin: budget('480') }, 'resolveWithin.minutes');
    await refused('PUT', url, { ...goodPolicy, holdingMessage: undefined }, 'holdingMessage');
    await refused('PUT', url, { ...goodPolicy, extra: 1 }, '');
    await refused('PUT', '/api/v1/case-policies/urgent', goodPolicy, 'params.severity');
  });

  it('the organisation’s hours: saved tidy, audited, and the cases counting in them recomputed', async () => {
    const got = await agent.request('GET', '/api/v1/business-hours');
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().timeZone, 'UTC');
    const normal = await buildCase(t.ctx, { severity: 'normal' });
    assert.equal(await dueOf(normal.id), '2026-12-07T10:00:00.000Z');

    const saved = await admin.request('PUT', '/api/v1/business-hours', berlinAfternoons);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), {
      ...berlinAfternoons,
      holidayCountry: 'DE',
      daysOff: ['2026-12-30', '2026-12-31'],
    });
    assert.deepEqual((await agent.request('GET', '/api/v1/business-hours')).json(), saved.json());
    // Opened 10:00 Berlin; counting starts at 13:00 Berlin (12:00 UTC); 60 minutes later.
    assert.equal(await dueOf(normal.id), '2026-12-07T13:00:00.000Z');
    assert.equal(await timerDue(normal.id), '2026-12-07T13:00:00.000Z');
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['subject_id', 'actor_user_id'])
      .where('action', '=', 'business_hours.updated')
      .executeTakeFirstOrThrow();
    assert.equal(entry.subject_id, 'organisation');
    const forbidden = await agent.request('PUT', '/api/v1/business-hours', berlinAfternoons);
    assert.equal(forbidden.statusCode, 403);
  });

  it('refuses bad hours with the field and a sentence, changing nothing', async () => {
    const url = '/api/v1/business-hours';
    const ok = { ...berlinAfternoons };
    await refused('PUT', url, { ...ok, timeZone: 'Mars/Olympus_Mons' }, 'timeZone');
    await refused('PUT', url, { ...ok, holidayCountry: 'XX' }, 'holidayCountry');
    await refused('PUT', url, { ...ok, holidayRegion: 'ZZ' }, 'holidayRegion');
    await refused(
      'PUT',
      url,
      { ...ok, weekly: { 1: [{ start: '9:00', end: '17:00' }] } },
      'weekly.1.0.start',
    );
    await refused('PUT', url, { ...ok, weekly: { 1: [{ start: '09:00', end: '17:61' }] } }, 'weekly.1.0.end');
    await refused('PUT', url, { ...ok, weekly: { 2: [{ start: '22:00', end: '06:00' }] } }, 'weekly.2.0.end');
    const overlapping = [
      { start: '09:00', end: '13:00' },
      { start: '12:00', end: '17:00' },
    ];
    await refused('PUT', url, { ...ok, weekly: { 3: overlapping } }, 'weekly.3.1.start');
    await refused('PUT', url, { ...ok, weekly: { 3: [...overlapping].reverse() } }, 'weekly.3.1.start');
    await refused('PUT', url, { ...ok, weekly: {} }, 'weekly');
    await refused('PUT', url, { ...ok, weekly: { 1: [] } }, 'weekly');
    await refused('PUT', url, { ...ok, weekly: { 8: [{ start: '09:00', end: '17:00' }] } }, 'weekly');
    await refused('PUT', url, { ...ok, daysOff: ['2026-02-30'] }, 'daysOff.0');
    await refused('PUT', url, { ...ok, daysOff: ['next friday'] }, 'daysOff.0');
    await refused('PUT', url, { ...ok, timeZone: undefined }, 'timeZone');
  });

  it('a team’s own hours: read (organisation’s until set), set, used by its cases only, and dropped again', async () => {
    const teamCase = await buildCase(t.ctx, { severity: 'normal', teamId });
    const orgCase = await buildCase(t.ctx, { severity: 'normal' });
    assert.equal(await dueOf(teamCase.id), '2026-12-07T13:00:00.000Z', 'the organisation’s hours so far');
    const url = `/api/v1/teams/${teamId}/business-hours`;

    const got = await agent.request('GET', url);
    assert.equal(got.statusCode, 200);
    assert.equal(got.json().own, false);
    assert.equal(got.json().hours.timeZone, 'Europe/Berlin');

    const roundTheClock = { timeZone: 'UTC', weekly: everyday('00:00', '24:00'), daysOff: [] };
    const saved = await admin.request('PUT', url, roundTheClock);
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().own, true);
    assert.deepEqual(saved.json().hours, { ...roundTheClock, holidayCountry: null, holidayRegion: null });
    assert.equal(await dueOf(teamCase.id), '2026-12-07T10:00:00.000Z', 'the team’s own hours now');
    assert.equal(await dueOf(orgCase.id), '2026-12-07T13:00:00.000Z', 'other cases untouched');

    // The organisation's hours change: the team's case keeps counting in its own.
    const org = await admin.request('PUT', '/api/v1/business-hours', {
      ...berlinAfternoons,
      weekly: weekdays('14:00', '17:00'),
    });
    assert.equal(org.statusCode, 200);
    assert.equal(await dueOf(orgCase.id), '2026-12-07T14:00:00.000Z');
    assert.equal(await dueOf(teamCase.id), '2026-12-07T10:00:00.000Z');

    await refused('PUT', url, { ...roundTheClock, timeZone: 'Nowhere/Special' }, 'timeZone');
    assert.equal((await agent.request('DELETE', url)).statusCode, 403);

    const reset = await admin.request('DELETE', url);
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().own, false);
    assert.equal(reset.json().hours.weekly['1'][0].start, '14:00');
    assert.equal(await dueOf(teamCase.id), '2026-12-07T14:00:00.000Z', 'back on the organisation’s hours');
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_type', '=', 'team')
      .where('subject_id', '=', teamId)
      .where('action', 'like', 'business_hours.%')
      .execute();
    assert.deepEqual(audits.map((a) => a.action).sort(), ['business_hours.reset', 'business_hours.updated']);

    const unknown = await agent.request(
      'GET',
      '/api/v1/teams/00000000-0000-4000-8000-000000000000/business-hours',
    );
    assert.equal(unknown.statusCode, 404);
    const unknownPut = await admin.request(
      'PUT',
      '/api/v1/teams/00000000-0000-4000-8000-000000000000/business-hours',
      roundTheClock,
    );
    assert.equal(unknownPut.statusCode, 404);
  });

  it(`more than ${IN_TRANSACTION_LIMIT} governed cases: recomputed by a job in batches after the save`, async () => {
    const opened = [];
    for (let i = 0; i <= IN_TRANSACTION_LIMIT; i++) opened.push(await buildCase(t.ctx, { severity: 'low' }));
    const policy = { ...goodPolicy, acknowledgeWithin: { minutes: 30, business: false } };
    const saved = await admin.request('PUT', '/api/v1/case-policies/low', policy);
    assert.equal(saved.statusCode, 200, saved.body);
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${REFRESH_GOVERNED_CLOCKS}`.execute(
      t.ctx.db,
    );
    assert.equal(rows[0]?.n, 1, 'one job queued with the change');
    await runJobs(t);
    for (const c of [opened[0], opened.at(-1)])
      assert.equal(await dueOf(c?.id as string), '2026-12-07T09:30:00.000Z');
  });

  it('a case opened while a policy changes ends with the new clocks, not the old', async () => {
    const customer = await buildCustomer(t.ctx);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let onOpened: (id: string) => void = () => {};
    const openedId = new Promise<string>((resolve) => {
      onOpened = resolve;
    });
    // The case is opened (reading the old policy) and its transaction stays open meanwhile.
    const opening = t.ctx.db.transaction().execute(async (trx) => {
      const c = await openCaseIn(
        trx,
        undefined,
        {
          customerId: customer.id,
          title: 'Late parcel',
          story: 'Still not here.',
          severity: 'high',
          channel: 'email',
        },
        MONDAY_9_UTC,
      );
      onOpened(c.id);
      await gate;
    });
    const opened = await Promise.race([openedId, opening.then(() => 'never')]);
    const policy = { ...goodPolicy, acknowledgeWithin: { minutes: 15, business: false } };
    const saving = admin.request('PUT', '/api/v1/case-policies/high', policy);
    // Until the save either finishes or waits for the open transaction's lock on cases.
    await Promise.race([saving, someoneWaitsOnCases(t.ctx.db)]);
    release();
    await opening;
    const saved = await saving;
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(
      await dueOf(opened as string),
      '2026-12-07T09:15:00.000Z',
      'recomputed under the new policy',
    );
  });

  it('a case held FOR UPDATE and then written while a policy changes: both go through, no deadlock', async () => {
    const held = await buildCase(t.ctx, { severity: 'high' });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let onLocked: () => void = () => {};
    const locked = new Promise<void>((resolve) => {
      onLocked = resolve;
    });
    const writer = t.ctx.db.transaction().execute(async (trx) => {
      await trx.selectFrom('cases').select('id').where('id', '=', held.id).forUpdate().execute();
      onLocked();
      await gate;
      await trx.updateTable('cases').set({ title: 'Held and written' }).where('id', '=', held.id).execute();
    });
    await locked;
    const policy = { ...goodPolicy, acknowledgeWithin: { minutes: 20, business: false } };
    const saving = admin.request('PUT', '/api/v1/case-policies/high', policy);
    await Promise.race([saving, someoneWaitsOnCases(t.ctx.db)]);
    release();
    await writer;
    const saved = await saving;
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(await dueOf(held.id), '2026-12-07T09:20:00.000Z');
  });
});

/** Resolves once a transaction waits for a lock on the cases table (or after about five seconds). */
async function someoneWaitsOnCases(db: Kysely<Database>): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = 'cases'::regclass`.execute(db);
    if ((rows[0]?.n ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
