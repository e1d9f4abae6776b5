import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Survey } from '../../src/core/rating/survey.ts';
import { SURVEY_KINDS, type SurveyKind } from '../../src/core/rating/survey-scale.ts';
import { caseIdsOf, confirmClick, postForm } from '../support/customer-pages.ts';
import {
  buildCustomer,
  buildRatingRequest,
  buildTeam,
  buildUser,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Counts = { answers: number; happy: number; negative: number; factor: number | null };
type Group = Counts & { key: string | null; label: string };
type Report = { overall: Counts; groups: Group[] };
type Entry = {
  id: number;
  ratingRequestId: string;
  customer: { id: string; name: string };
  survey: { id: string; name: string; kind: string };
  touchpoint: { type: string; ref: string };
  score: number;
  label: string;
  colour: string;
  mood: string;
  current: boolean;
  comments: { body: string }[];
  caseId: string | null;
  answeredAt: string;
};

const at = (iso: string) => Date.parse(iso);

async function happinessOf(client: Client, query: string): Promise<Report> {
  const response = await client.request('GET', `/api/v1/feedback/happiness?${query}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json();
}

describe('the feedback monitor over HTTP', () => {
  let t: TestApp;
  // Sessions last 14 days from sign-in, so every test's clock stays within that of the start.
  let clock = at('2026-03-02T08:00:00Z');
  let asAgent: Client;
  let asAdmin: Client;

  const post = (url: string, form: Record<string, string> = {}) => postForm(t, url, form);
  const rate = (link: string) => confirmClick(t, link);
  const happiness = (query: string) => happinessOf(asAgent, query);
  const byLabel = (report: Report) =>
    Object.fromEntries(report.groups.map((g) => [g.label, [g.answers, g.happy, g.negative]]));

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    await buildUser(t.ctx, { name: 'Owen Owner' });
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const admin = await buildUser(t.ctx, { role: 'admin' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('lists an answer with who gave it, the touchpoint, how it looked, the comment and the case it opened', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Nora Newton' });
    const { request, survey, linkFor } = await buildRatingRequest(t.ctx, {
      customerId: customer.id,
      touchpointRef: '4471',
    });
    const commentUrl = await rate(linkFor(1));
    await post(commentUrl, { comment: '<b>Soaked</b> parcel, broken vase.' });
    await runJobs(t);

    const response = await asAgent.request('GET', '/api/v1/feedback');
    assert.equal(response.statusCode, 200, response.body);
    const [entry] = response.json().entries as Entry[];
    assert.ok(entry);
    const { caseId } = await t.ctx.db
      .selectFrom('rating_requests')
      .select('case_id as caseId')
      .where('id', '=', request.id)
      .executeTakeFirstOrThrow();
    assert.ok(caseId, 'the red answer opened a case');
    const { id: _id, comments, ...shown } = entry;
    assert.deepEqual(shown, {
      ratingRequestId: request.id,
      customer: { id: customer.id, name: 'Nora Newton' },
      survey: { id: survey.id, name: survey.name, kind: 'thermometer' },
      touchpoint: { type: 'delivery', ref: '4471' },
      teamId: null,
      score: 1,
      label: 'Poor',
      colour: '#C0392B',
      mood: 'negative',
      current: true,
      caseId,
      answeredAt: new Date(clock).toISOString(),
    });
    assert.deepEqual(
      comments.map((c) => c.body),
      ['<b>Soaked</b> parcel, broken vase.'],
      'the comment comes back as it was written: the console renders it as text',
    );
  });

  it('counts a changed rating once, by its latest answer, and lists both answers', async () => {
    clock = at('2026-03-03T10:00:00Z');
    const { linkFor } = await buildRatingRequest(t.ctx, { touchpointRef: 'changed-mind' });
    await rate(linkFor(1));
    clock += 10 * 60_000;
    await rate(linkFor(4));

    const report = await happiness('from=2026-03-03&to=2026-03-04');
    assert.deepEqual(report.overall, { answers: 1, happy: 1, negative: 0, factor: 1 });
    const entries = (await asAgent.request('GET', '/api/v1/feedback?limit=2')).json().entries as Entry[];
    assert.deepEqual(
      entries.map((e) => [e.touchpoint.ref, e.label, e.current]),
      [
        ['changed-mind', 'Excellent', true],
        ['changed-mind', 'Poor', false],
      ],
    );
  });

  describe('grouped', () => {
    let delivery: Survey;
    let support: Survey;
    let teamId: string;

    before(async () => {
      const team = await buildTeam(t.ctx, 'Couriers');
      teamId = team.id;
      const answer = async (survey: Survey, score: number, team?: string) => {
        const { linkFor } = await buildRatingRequest(t.ctx, { survey, teamId: team });
        await rate(linkFor(score));
      };
      // Wednesday 4 March: a gold and a red delivery (no team), a neutral CSAT 3 for the couriers.
      clock = at('2026-03-04T09:00:00Z');
      delivery = (await buildRatingRequest(t.ctx, { touchpointType: 'delivery' })).survey;
      support = (await buildRatingRequest(t.ctx, { kind: 'csat', touchpointType: 'support reply' })).survey;
      await answer(delivery, 4);
      await answer(delivery, 1);
      await answer(support, 3, teamId);
      // Thursday 5 March: a CSAT 5 for the couriers.
      clock = at('2026-03-05T15:00:00Z');
      await answer(support, 5, teamId);
      // The next week, Wednesday 11 March: a green delivery for the couriers.
      clock = at('2026-03-11T09:00:00Z');
      await answer(delivery, 3, teamId);
    });

    const WINDOW = 'from=2026-03-04&to=2026-03-12';

    it('adds every group up to the overall figure', async () => {
      const report = await happiness(`groupBy=survey&${WINDOW}`);
      assert.deepEqual(report.overall, { answers: 5, happy: 3, negative: 1, factor: 0.6 });
    });

    it('groups by survey', async () => {
      const report = await happiness(`groupBy=survey&${WINDOW}`);
      assert.deepEqual(byLabel(report), { [delivery.name]: [3, 2, 1], [support.name]: [2, 1, 0] });
      assert.deepEqual(report.groups.map((g) => g.key).sort(), [delivery.id, support.id].sort());
      assert.equal(report.groups.find((g) => g.key === delivery.id)?.factor, 0.6667);
    });

    it('groups by touchpoint type', async () => {
      assert.deepEqual(byLabel(await happiness(`groupBy=touchpointType&${WINDOW}`)), {
        delivery: [3, 2, 1],
        'support reply': [2, 1, 0],
      });
    });

    it('groups by team, with the requests of no team as one group', async () => {
      const report = await happiness(`groupBy=team&${WINDOW}`);
      assert.deepEqual(
        report.groups.map((g) => [g.key, g.label, g.answers, g.happy, g.negative]),
        [
          [teamId, 'Couriers', 3, 2, 0],
          [null, 'No team', 2, 1, 1],
        ],
      );
    });

    it('groups by day and by week, oldest first', async () => {
      const days = await happiness(`groupBy=period&period=day&${WINDOW}`);
      assert.deepEqual(
        days.groups.map((g) => [g.key, g.answers, g.happy, g.negative]),
        [
          ['2026-03-04', 3, 1, 1],
          ['2026-03-05', 1, 1, 0],
          ['2026-03-11', 1, 1, 0],
        ],
      );
      const weeks = await happiness(`groupBy=period&period=week&${WINDOW}`);
      assert.deepEqual(
        weeks.groups.map((g) => [g.key, g.label, g.answers, g.happy, g.negative]),
        [
          ['2026-03-02', 'Week of 2026-03-02', 4, 2, 1],
          ['2026-03-09', 'Week of 2026-03-09', 1, 1, 0],
        ],
      );
    });

    it('counts only answers inside the window', async () => {
      const report = await happiness('groupBy=team&from=2026-03-05T00:00:00Z&to=2026-03-05T23:59:59Z');
      assert.deepEqual(report.overall, { answers: 1, happy: 1, negative: 0, factor: 1 });
    });

    it('says so, with a null factor, when nobody answered', async () => {
      const report = await happiness('from=2025-01-01&to=2025-02-01');
      assert.deepEqual(report, {
        ...report,
        overall: { answers: 0, happy: 0, negative: 0, factor: null },
        groups: [],
      });
    });
  });

  it('refuses an unknown grouping, a reversed window and an unknown field with 400', async () => {
    for (const query of [
      'groupBy=colour',
      'period=month',
      'from=2026-03-05&to=2026-03-01',
      'from=yesterday',
      'mood=happy',
    ]) {
      const response = await asAgent.request('GET', `/api/v1/feedback/happiness?${query}`);
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().code, 'VALIDATION_FAILED', query);
    }
    const badPage = await asAgent.request('GET', '/api/v1/feedback?limit=0');
    assert.equal(badPage.statusCode, 400);
  });

  describe('feedback rules', () => {
    const DEFAULTS = {
      openCaseOnNegativeRating: true,
      openCaseOnNegativeComment: true,
      valueAttribute: 'lifetimeValue',
      highValueAtLeast: 1000,
    };

    it('shows every signed-in person the rules in force, the defaults at first', async () => {
      const response = await asAgent.request('GET', '/api/v1/settings/feedback-rules');
      assert.equal(response.statusCode, 200);
      assert.deepEqual(response.json(), { rules: DEFAULTS });
    });

    it('refuses an agent who tries to change them, and changes nothing', async () => {
      const response = await asAgent.request('PUT', '/api/v1/settings/feedback-rules', {
        ...DEFAULTS,
        openCaseOnNegativeRating: false,
      });
      assert.equal(response.statusCode, 403);
      assert.equal(response.json().code, 'FORBIDDEN');
      assert.deepEqual(
        (await asAgent.request('GET', '/api/v1/settings/feedback-rules')).json().rules,
        DEFAULTS,
      );
    });

    it('refuses a body with a rule missing or an unknown field', async () => {
      const { highValueAtLeast: _, ...missing } = DEFAULTS;
      for (const body of [
        missing,
        { ...DEFAULTS, openCaseOnPraise: true },
        { ...DEFAULTS, highValueAtLeast: -1 },
      ]) {
        const response = await asAdmin.request('PUT', '/api/v1/settings/feedback-rules', body);
        assert.equal(response.statusCode, 400, JSON.stringify(body));
      }
    });

    it('lets an admin turn off cases for negative ratings, and the recovery check follows', async () => {
      clock = at('2026-03-12T09:00:00Z');
      const saved = await asAdmin.request('PUT', '/api/v1/settings/feedback-rules', {
        ...DEFAULTS,
        openCaseOnNegativeRating: false,
        highValueAtLeast: 5000,
      });
      assert.equal(saved.statusCode, 200, saved.body);
      const rules = { ...DEFAULTS, openCaseOnNegativeRating: false, highValueAtLeast: 5000 };
      assert.deepEqual(saved.json(), { rules });
      assert.deepEqual((await asAgent.request('GET', '/api/v1/settings/feedback-rules')).json(), { rules });

      const customer = await buildCustomer(t.ctx, { name: 'Quiet Quentin' });
      const { request, linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
      await rate(linkFor(1));
      await runJobs(t);
      assert.deepEqual(
        await caseIdsOf(t.ctx.db, customer.id),
        [],
        'a red rating opens no case while the rule is off',
      );
      const [entry] = (await asAgent.request('GET', '/api/v1/feedback?limit=1')).json().entries as Entry[];
      assert.equal(entry?.ratingRequestId, request.id);
      assert.equal(entry?.caseId, null);

      // Turned back on, the next red rating opens its case again.
      const restored = await asAdmin.request('PUT', '/api/v1/settings/feedback-rules', DEFAULTS);
      assert.equal(restored.statusCode, 200);
      const again = await buildRatingRequest(t.ctx, { customerId: customer.id });
      await rate(again.linkFor(1));
      await runJobs(t);
      assert.equal((await caseIdsOf(t.ctx.db, customer.id)).length, 1);
    });

    it('opens a case for a negative comment after a happy answer, and none while that rule is off', async () => {
      const complaint = 'The courier was rude and threw the parcel at my door. Awful.';
      const complainAfterGreen = async (name: string) => {
        const customer = await buildCustomer(t.ctx, { name });
        const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
        const commentUrl = await rate(linkFor(3));
        assert.equal((await post(commentUrl, { comment: complaint })).statusCode, 303);
        await runJobs(t);
        return t.ctx.db
          .selectFrom('cases')
          .select(['severity', 'story'])
          .where('customer_id', '=', customer.id)
          .execute();
      };
      assert.deepEqual(await complainAfterGreen('Gina Green'), [{ severity: 'normal', story: complaint }]);

      const off = await asAdmin.request('PUT', '/api/v1/settings/feedback-rules', {
        ...DEFAULTS,
        openCaseOnNegativeComment: false,
      });
      assert.equal(off.statusCode, 200, off.body);
      try {
        assert.deepEqual(await complainAfterGreen('Gary Green'), []);
      } finally {
        await asAdmin.request('PUT', '/api/v1/settings/feedback-rules', DEFAULTS);
      }
    });
  });
});

describe('paging through the feedback monitor', () => {
  let t: TestApp;
  let asAgent: Client;
  before(async () => {
    t = await startTestApp({ now: () => new Date(at('2026-03-02T08:00:00Z')) });
    const agent = await buildUser(t.ctx, { role: 'agent' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('pages back through older answers by answer id', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Paula Pager' });
    // Four answers at one moment: their ids alone order them.
    for (const ref of ['p-1', 'p-2', 'p-3', 'p-4']) {
      const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: ref });
      await confirmClick(t, linkFor(4));
    }
    const page = async (query: string) => {
      const response = await asAgent.request('GET', `/api/v1/feedback?${query}`);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json() as { entries: Entry[]; nextBefore: number | null };
      return { refs: body.entries.map((e) => e.touchpoint.ref), ids: body.entries.map((e) => e.id), ...body };
    };
    const first = await page('limit=2');
    assert.deepEqual(first.refs, ['p-4', 'p-3']);
    assert.equal(first.nextBefore, first.ids[1]);
    const second = await page(`limit=2&before=${first.nextBefore}`);
    assert.deepEqual(second.refs, ['p-2', 'p-1']);
    assert.equal(second.nextBefore, null, 'the last page says there is nothing older, even when full');
  });
});

describe('what each score of each survey kind counts as, in the database', () => {
  let t: TestApp;
  let asAgent: Client;
  before(async () => {
    t = await startTestApp({ now: () => new Date(at('2026-04-01T10:00:00Z')) });
    const agent = await buildUser(t.ctx, { role: 'agent' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it('counts every answer once, and as happy or negative by the rules of its kind', async () => {
    // Each score of each kind answered once, on a request of its own.
    const scores: Record<SurveyKind, number[]> = {
      thermometer: [1, 2, 3, 4],
      csat: [1, 2, 3, 4, 5],
      nps: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    };
    const surveys = new Map<string, SurveyKind>();
    for (const kind of SURVEY_KINDS) {
      let survey: Survey | undefined;
      for (const score of scores[kind]) {
        const asked = await buildRatingRequest(t.ctx, survey ? { survey } : { kind });
        survey = asked.survey;
        await confirmClick(t, asked.linkFor(score));
      }
      if (survey) surveys.set(survey.id, kind);
    }

    const report = await happinessOf(asAgent, 'groupBy=survey&from=2026-04-01&to=2026-04-02');
    const counted = Object.fromEntries(
      report.groups.map((g) => [surveys.get(g.key ?? ''), [g.answers, g.happy, g.negative]]),
    );
    // The rules, written out: thermometer gold and green happy, amber and red negative; CSAT 4–5
    // happy, 1–2 negative, 3 neither; NPS promoters 9–10 happy, detractors 0–6 negative.
    assert.deepEqual(counted, {
      thermometer: [4, 2, 2],
      csat: [5, 2, 2],
      nps: [11, 2, 7],
    });
    assert.deepEqual(report.overall, { answers: 20, happy: 6, negative: 11, factor: 0.3 });
  });
});
