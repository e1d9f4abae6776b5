import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { verifyRatingToken } from '../../src/core/rating/rating-link.ts';
import { escapeHtml } from '../../src/core/shared/escape-html.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildCustomer, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Link = { score: number; label: string; colour: string; icon: string; url: string };
type RatingRequestJson = {
  id: string;
  customerId: string;
  teamId: string | null;
  touchpointType: string;
  touchpointRef: string;
  createdAt: string;
  expiresAt: string;
  firstAnsweredAt: string | null;
  lastScore: number | null;
};
const DAY_MS = 24 * 3600 * 1000;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('surveys and rating requests over HTTP', () => {
  let t: TestApp;
  let admin: User;
  let asAdmin: Client;
  let asAgent: Client;
  let thermometerId: string;

  const count = async (table: 'surveys' | 'rating_requests' | 'customers') =>
    Number(
      (await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(t.ctx.db)).rows[0]?.n,
    );

  const tokenOf = (url: string) => {
    const prefix = `${t.ctx.publicUrl}/r/`;
    assert.ok(url.startsWith(prefix), `${url} does not start with ${prefix}`);
    return url.slice(prefix.length);
  };

  async function createSurvey(body: Record<string, unknown>) {
    const response = await asAdmin.request('POST', '/api/v1/surveys', body);
    assert.equal(response.statusCode, 201, response.body);
    return response.json().survey;
  }

  async function requestRating(body: Record<string, unknown> = {}) {
    const response = await asAgent.request('POST', '/api/v1/rating-requests', {
      surveyId: thermometerId,
      customer: { name: 'Jane Doe', emails: ['jane@example.test'] },
      touchpointRef: 'order 4471',
      ...body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { ratingRequest: RatingRequestJson; links: Link[] };
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

  describe('rating requests', () => {
    it('creates a request for a new customer by email, with one signed link per thermometer answer', async () => {
      const customersBefore = await count('customers');
      const { ratingRequest, links } = await requestRating({
        customer: { name: 'Ada Newcomer', emails: ['ada.new@example.test'] },
      });
      assert.equal(await count('customers'), customersBefore + 1);
      assert.equal(ratingRequest.touchpointType, 'support reply');
      assert.equal(ratingRequest.touchpointRef, 'order 4471');
      assert.equal(ratingRequest.firstAnsweredAt, null);
      assert.equal(ratingRequest.lastScore, null);
      assert.equal('key' in ratingRequest, false);
      assert.equal(
        new Date(ratingRequest.expiresAt).getTime() - new Date(ratingRequest.createdAt).getTime(),
        60 * DAY_MS,
      );
      assert.deepEqual(
        links.map((l) => [l.score, l.label, l.colour, l.icon]),
        [
          [4, 'Excellent', '#C9A227', '★'],
          [3, 'Good', '#2E8B57', '✓'],
          [2, 'Not great', '#E08A1E', '!'],
          [1, 'Poor', '#C0392B', '✕'],
        ],
      );
      const verified = links.map((l) => verifyRatingToken(t.ctx.linkSecret, tokenOf(l.url)));
      assert.deepEqual(
        verified.map((v) => v?.score),
        [4, 3, 2, 1],
      );
      const key = verified[0]?.key ?? '';
      assert.equal(key.length, 22);
      assert.ok(verified.every((v) => v?.key === key));
      const row = await t.ctx.db
        .selectFrom('rating_requests')
        .select(['key', 'negative_at_most', 'customer_id'])
        .where('id', '=', ratingRequest.id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(row, { key, negative_at_most: 2, customer_id: ratingRequest.customerId });
    });

    it('gives every request its own key, and reuses the customer with the same email', async () => {
      const first = await requestRating();
      const second = await requestRating({ customer: { emails: ['JANE@example.test'] } });
      const keyOf = (links: Link[]) => verifyRatingToken(t.ctx.linkSecret, tokenOf(links[0]?.url ?? ''))?.key;
      assert.notEqual(keyOf(first.links), keyOf(second.links));
      assert.equal(second.ratingRequest.customerId, first.ratingRequest.customerId);
    });

    it('takes an existing customer, a team and a touchpoint type of its own, and stores NPS detractors as negative', async () => {
      const nps = await createSurvey({
        name: 'NPS',
        kind: 'nps',
        touchpointType: 'order',
        question: 'Recommend us?',
      });
      const customer = await buildCustomer(t.ctx);
      const team = await buildTeam(t.ctx);
      const { ratingRequest, links } = await requestRating({
        surveyId: nps.id,
        customer: undefined,
        customerId: customer.id,
        teamId: team.id,
        touchpointType: 'delivery',
      });
      assert.equal(ratingRequest.customerId, customer.id);
      assert.equal(ratingRequest.teamId, team.id);
      assert.equal(ratingRequest.touchpointType, 'delivery');
      assert.deepEqual(
        links.map((l) => l.score),
        [10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
      );
      const row = await t.ctx.db
        .selectFrom('rating_requests')
        .select('negative_at_most')
        .where('id', '=', ratingRequest.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.negative_at_most, 6);
    });

    it('shows a request with its survey and the same links', async () => {
      const created = await requestRating();
      const response = await asAgent.request('GET', `/api/v1/rating-requests/${created.ratingRequest.id}`);
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().survey.id, thermometerId);
      assert.deepEqual(response.json().ratingRequest, created.ratingRequest);
      assert.deepEqual(response.json().links, created.links);
    });

    it('returns the snippet: HTML with each link escaped, and text listing each link', async () => {
      const { ratingRequest, links } = await requestRating();
      const response = await asAgent.request('GET', `/api/v1/rating-requests/${ratingRequest.id}/snippet`);
      assert.equal(response.statusCode, 200);
      const { html, text } = response.json();
      assert.ok(html.startsWith('<table role="presentation"'));
      assert.match(html, /How did we do\?/);
      for (const link of links) {
        assert.ok(html.includes(`href="${escapeHtml(link.url)}"`), `${link.url} missing from the HTML`);
        assert.ok(text.includes(`${link.label}: ${link.url}`), `${link.url} missing from the text`);
      }
    });

    it('creates a request and returns its snippet in one call', async () => {
      const before = await count('rating_requests');
      const response = await asAgent.request('POST', '/api/v1/rating-requests/snippet', {
        surveyId: thermometerId,
        customer: { emails: ['snippet@example.test'] },
        touchpointRef: 'ticket 88',
      });
      assert.equal(response.statusCode, 201, response.body);
      const { ratingRequest, html, text } = response.json();
      assert.equal(ratingRequest.touchpointRef, 'ticket 88');
      assert.equal(await count('rating_requests'), before + 1);
      const links = (await asAgent.request('GET', `/api/v1/rating-requests/${ratingRequest.id}`)).json()
        .links;
      assert.equal(links.length, 4);
      for (const link of links as Link[]) {
        assert.ok(html.includes(escapeHtml(link.url)));
        assert.ok(text.includes(link.url));
      }
    });

    it('answers 404 for an unknown survey, customer, team or rating request, and stores nothing', async () => {
      const before = await count('rating_requests');
      for (const [body, field] of [
        [{ surveyId: UNKNOWN_ID }, 'surveyId'],
        [{ customer: undefined, customerId: UNKNOWN_ID }, 'customerId'],
        [{ teamId: UNKNOWN_ID }, 'teamId'],
      ] as const) {
        const response = await asAgent.request('POST', '/api/v1/rating-requests', {
          surveyId: thermometerId,
          customer: { emails: ['nobody@example.test'] },
          touchpointRef: 'order 1',
          ...body,
        });
        assert.equal(response.statusCode, 404, `${field}: ${response.body}`);
        assert.equal(response.json().errors[0].field, field);
      }
      assert.equal(await count('rating_requests'), before);
      for (const url of [
        `/api/v1/rating-requests/${UNKNOWN_ID}`,
        `/api/v1/rating-requests/${UNKNOWN_ID}/snippet`,
      ])
        assert.equal((await asAgent.request('GET', url)).statusCode, 404);
    });

    it('refuses a request on an inactive survey with 400, and works again once it is reactivated', async () => {
      const survey = await createSurvey({
        name: 'Retired',
        touchpointType: 'visit',
        question: 'How was it?',
      });
      const off = await asAdmin.request('PATCH', `/api/v1/surveys/${survey.id}`, { active: false });
      assert.equal(off.json().survey.active, false);
      const before = await count('rating_requests');
      const customersBefore = await count('customers');
      const response = await asAgent.request('POST', '/api/v1/rating-requests', {
        surveyId: survey.id,
        customer: { emails: ['inactive@example.test'] },
        touchpointRef: 'visit 3',
      });
      assert.equal(response.statusCode, 400);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      assert.match(response.json().detail, /The survey "Retired" is inactive/);
      assert.equal(await count('rating_requests'), before);
      assert.equal(await count('customers'), customersBefore);
      await asAdmin.request('PATCH', `/api/v1/surveys/${survey.id}`, { active: true });
      await requestRating({ surveyId: survey.id });
    });

    it('refuses a request without a touchpoint reference, or with both or neither customer forms', async () => {
      const before = await count('rating_requests');
      const missing = await asAgent.request('POST', '/api/v1/rating-requests', {
        surveyId: thermometerId,
        customer: { emails: ['x@example.test'] },
      });
      assert.equal(missing.statusCode, 400);
      assert.deepEqual(
        missing.json().errors.map((e: { field: string }) => e.field),
        ['body.touchpointRef'],
      );
      const blank = await asAgent.request('POST', '/api/v1/rating-requests', {
        surveyId: thermometerId,
        customer: { emails: ['x@example.test'] },
        touchpointRef: '   ',
      });
      assert.equal(blank.statusCode, 400);
      const customer = await buildCustomer(t.ctx);
      const both = await asAgent.request('POST', '/api/v1/rating-requests', {
        surveyId: thermometerId,
        customerId: customer.id,
        customer: { emails: ['x@example.test'] },
        touchpointRef: 'order 2',
      });
      assert.equal(both.statusCode, 400);
      const neither = await asAgent.request('POST', '/api/v1/rating-requests/snippet', {
        surveyId: thermometerId,
        touchpointRef: 'order 2',
      });
      assert.equal(neither.statusCode, 400);
      assert.equal(await count('rating_requests'), before);
    });

    it('lets a machine with a bearer API token create a request and a snippet without CSRF', async () => {
      const machine = await buildUser(t.ctx, { role: 'agent', name: 'Order system' });
      const { secret } = await createApiToken(
        t.ctx,
        { userId: machine.id, role: 'agent', via: 'session' },
        {
          name: 'order system',
        },
      );
      for (const url of ['/api/v1/rating-requests', '/api/v1/rating-requests/snippet']) {
        const response = await t.app.inject({
          method: 'POST',
          url,
          headers: { authorization: `Bearer ${secret}` },
          payload: {
            surveyId: thermometerId,
            customer: { externalId: 'crm-991' },
            touchpointRef: 'order 991',
          },
        });
        assert.equal(response.statusCode, 201, response.body);
      }
    });

    it('refuses to create a request without credentials, or with a session but no CSRF token', async () => {
      const body = { surveyId: thermometerId, customer: { emails: ['x@example.test'] }, touchpointRef: 'o' };
      const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/rating-requests', payload: body });
      assert.equal(anonymous.statusCode, 401);
      const noCsrf = await asAgent.request('POST', '/api/v1/rating-requests', body, { 'x-csrf-token': '' });
      assert.equal(noCsrf.statusCode, 403);
      assert.equal(noCsrf.json().code, 'CSRF_TOKEN_INVALID');
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
