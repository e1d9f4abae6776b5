import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { ensureDefaultSurvey } from '../../src/app/ratings/ensure-default-survey.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Link = { score: number; label: string; colour: string; icon: string; url: string };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('surveys over HTTP', () => {
  let t: TestApp;
  let admin: User;
  let asAdmin: Client;
  let asAgent: Client;
  let thermometerId: string;

  const count = async (table: 'surveys' | 'rating_requests' | 'customers') =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.ctx.db)).rows[0]?.n,
    );

  async function createSurvey(body: Record<string, unknown>) {
    const response = await asAdmin.request('POST', '/api/v1/surveys', body);
    assert.equal(response.statusCode, 201, response.body);
    return response.json().survey;
  }

  before(async () => {
    t = await startTestApp();
    admin = await buildUser(t.ctx, { role: 'admin' });
    const agent = await buildUser(t.ctx, { role: 'agent' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    thermometerId = (
      await createSurvey({
        name: 'After support',
        touchpointType: 'support reply',
        question: 'How did we do?',
      })
    ).id;
  });
  after(() => t.close());

  describe('surveys', () => {
    it('lets an admin create a CSAT survey, which gets the default 5-to-1 scale and an audit entry', async () => {
      const survey = await createSurvey({
        name: 'Delivery CSAT',
        kind: 'csat',
        touchpointType: 'delivery',
        question: 'How satisfied are you with your delivery?',
      });
      assert.equal(survey.kind, 'csat');
      assert.equal(survey.active, true);
      assert.deepEqual(
        survey.scale.map((p: Link) => [p.score, p.label]),
        [
          [5, 'Very satisfied'],
          [4, 'Satisfied'],
          [3, 'Neutral'],
          [2, 'Dissatisfied'],
          [1, 'Very dissatisfied'],
        ],
      );
      const audit = await t.ctx.db
        .selectFrom('audit_log')
        .selectAll()
        .where('subject_id', '=', survey.id)
        .execute();
      assert.deepEqual(
        audit.map((a) => [a.action, a.actor_user_id]),
        [['survey.created', admin.id]],
      );
    });

    it('gives a new survey the thermometer when no kind is named', async () => {
      const survey = (await asAdmin.request('GET', `/api/v1/surveys/${thermometerId}`)).json().survey;
      assert.equal(survey.kind, 'thermometer');
      assert.deepEqual(
        survey.scale.map((p: Link) => p.colour),
        ['#C9A227', '#2E8B57', '#E08A1E', '#C0392B'],
      );
    });

    it('refuses to let an agent create or edit a survey, with 403, and changes nothing', async () => {
      const before = await count('surveys');
      const created = await asAgent.request('POST', '/api/v1/surveys', {
        name: 'Mine',
        touchpointType: 'visit',
        question: 'How was your visit?',
      });
      assert.equal(created.statusCode, 403);
      const edited = await asAgent.request('PATCH', `/api/v1/surveys/${thermometerId}`, { active: false });
      assert.equal(edited.statusCode, 403);
      assert.equal(await count('surveys'), before);
      assert.equal(
        (await asAgent.request('GET', `/api/v1/surveys/${thermometerId}`)).json().survey.active,
        true,
      );
    });

    it('lets an agent list surveys and read one', async () => {
      const list = await asAgent.request('GET', '/api/v1/surveys');
      assert.equal(list.statusCode, 200);
      assert.ok(list.json().surveys.some((s: { id: string }) => s.id === thermometerId));
      const one = await asAgent.request('GET', `/api/v1/surveys/${thermometerId}`);
      assert.equal(one.json().survey.question, 'How did we do?');
    });

    it('answers 404 for an unknown survey id', async () => {
      const response = await asAgent.request('GET', `/api/v1/surveys/${UNKNOWN_ID}`);
      assert.equal(response.statusCode, 404);
      assert.equal(response.json().code, 'NOT_FOUND');
    });

    it('refuses a scale with a missing score with 400 and the sentence that says why', async () => {
      const before = await count('surveys');
      const response = await asAdmin.request('POST', '/api/v1/surveys', {
        name: 'Three steps',
        touchpointType: 'visit',
        question: 'How was it?',
        scale: [
          { score: 4, label: 'Great', colour: '#C9A227', icon: '★' },
          { score: 3, label: 'Fine', colour: '#2E8B57', icon: '✓' },
          { score: 1, label: 'Bad', colour: '#C0392B', icon: '✕' },
        ],
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      assert.equal(response.json().detail, 'A thermometer scale has exactly the scores 1 to 4, once each.');
      assert.deepEqual(response.json().errors, [
        { field: 'scale', message: 'A thermometer scale has exactly the scores 1 to 4, once each.' },
      ]);
      assert.equal(await count('surveys'), before);
    });

    it('refuses an edit with a bad colour and a blank label, says both, and keeps the old scale', async () => {
      const before = (await asAdmin.request('GET', `/api/v1/surveys/${thermometerId}`)).json().survey;
      const scale = before.scale.map((p: Link) =>
        p.score === 4 ? { ...p, colour: 'gold' } : p.score === 1 ? { ...p, label: ' ' } : p,
      );
      const response = await asAdmin.request('PATCH', `/api/v1/surveys/${thermometerId}`, { scale });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().detail, "Score 4's colour must look like #2E8B57. Score 1 needs a label.");
      const after = (await asAdmin.request('GET', `/api/v1/surveys/${thermometerId}`)).json().survey;
      assert.deepEqual(after.scale, before.scale);
    });

    it('lets an admin edit the words and the scale, and audits the change', async () => {
      const survey = await createSurvey({ name: 'Visit', touchpointType: 'visit', question: 'How was it?' });
      const scale = survey.scale.map((p: Link) =>
        p.score === 4 ? { ...p, label: ' Wonderful ', icon: '😀' } : p,
      );
      const response = await asAdmin.request('PATCH', `/api/v1/surveys/${survey.id}`, {
        name: 'Store visit',
        question: 'How was your visit to our store?',
        scale,
      });
      assert.equal(response.statusCode, 200, response.body);
      const edited = response.json().survey;
      assert.equal(edited.name, 'Store visit');
      assert.equal(edited.question, 'How was your visit to our store?');
      assert.deepEqual(edited.scale[0], { score: 4, label: 'Wonderful', colour: '#C9A227', icon: '😀' });
      assert.equal(edited.kind, 'thermometer');
      const actions = await t.ctx.db
        .selectFrom('audit_log')
        .select('action')
        .where('subject_id', '=', survey.id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        actions.map((a) => a.action),
        ['survey.created', 'survey.updated'],
      );
    });

    it('refuses to change a survey kind, and an empty change', async () => {
      const kind = await asAdmin.request('PATCH', `/api/v1/surveys/${thermometerId}`, { kind: 'nps' });
      assert.equal(kind.statusCode, 400);
      assert.match(kind.json().detail, /kind/);
      const empty = await asAdmin.request('PATCH', `/api/v1/surveys/${thermometerId}`, {});
      assert.equal(empty.statusCode, 400);
      assert.equal(empty.json().detail, 'Give at least one field to change.');
    });
  });
});

describe('the survey a new installation starts with', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('is created once on an empty database, even by two instances starting together', async () => {
    const made = await Promise.all([ensureDefaultSurvey(t.ctx), ensureDefaultSurvey(t.ctx)]);
    assert.equal(made.filter(Boolean).length, 1);
    assert.equal(await ensureDefaultSurvey(t.ctx), undefined);
    const admin = await buildUser(t.ctx, { role: 'agent' });
    const client = await signIn(t.app, admin.email, TEST_PASSWORD);
    const surveys = (await client.request('GET', '/api/v1/surveys')).json().surveys;
    assert.equal(surveys.length, 1);
    assert.deepEqual(
      [
        surveys[0].name,
        surveys[0].kind,
        surveys[0].touchpointType,
        surveys[0].active,
        surveys[0].scale.length,
      ],
      ['How did we do?', 'thermometer', 'support reply', true, 4],
    );
  });
});
