import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { anonymousClient, type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Finding = { kind: string; start: number; end: number; reason: string; suggestion: string };

describe('POST /api/v1/coach', () => {
  let t: TestApp;
  let owner: User;
  let agent: Client;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent' });
    agent = await signIn(t.app, owner.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const coach = async (body: unknown) => {
    const response = await agent.request('POST', '/api/v1/coach', body);
    return { response, findings: (response.json().findings ?? []) as Finding[] };
  };
  const kinds = (findings: Finding[]) => findings.map((found) => found.kind).sort();
  const newCase = async () =>
    buildCase(t.ctx, { customerId: (await buildCustomer(t.ctx)).id, ownerId: owner.id });

  it('answers exact spans with a reason and a suggestion', async () => {
    const text = 'I am sorry. You should have read the instructions. I will call you back with an update.';
    const { response, findings } = await coach({ text });
    assert.equal(response.statusCode, 200);
    assert.deepEqual(kinds(findings), ['blame']);
    const [blame] = findings;
    assert.equal(text.slice(blame!.start, blame!.end), 'You should have read');
    assert.ok(blame!.reason.length > 0 && blame!.suggestion.length > 0);
  });

  it('reads the case: the first reply needs an apology, a later one does not', async () => {
    const opened = await newCase();
    const text = 'Thanks for writing. I will send the replacement and update you when it ships.';
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), ['no_apology']);
    const sent = await agent.request('POST', `/api/v1/cases/${opened.id}/messages`, {
      text: 'Sorry! On it.',
    });
    assert.equal(sent.statusCode, 201, sent.body);
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), []);
  });

  it('a firm date is backed once a certain promise on the case falls on that day', async () => {
    const opened = await newCase();
    await agent.request('POST', `/api/v1/cases/${opened.id}/messages`, { text: 'Sorry! On it.' });
    const due = new Date(t.ctx.now().getTime() + 5 * 86_400_000);
    due.setUTCHours(15, 0, 0, 0);
    const day = due.toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const text = `Your refund will arrive on ${day}. I will write again then.`;
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), ['unbacked_date']);
    const estimate = await agent.request('POST', `/api/v1/cases/${opened.id}/promises`, {
      what: 'Refund the order',
      dueAt: due.toISOString(),
      confidence: 'estimate',
      customerVisible: true,
    });
    assert.equal(estimate.statusCode, 201, estimate.body);
    assert.deepEqual(
      kinds((await coach({ text, caseId: opened.id })).findings),
      ['unbacked_date'],
      'an estimate backs no firm date',
    );
    const certain = await agent.request('POST', `/api/v1/cases/${opened.id}/promises`, {
      what: 'Refund the order',
      dueAt: due.toISOString(),
      confidence: 'certain',
      customerVisible: true,
    });
    assert.equal(certain.statusCode, 201, certain.body);
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), []);
    const kept = await agent.request('PATCH', `/api/v1/promises/${certain.json().promise.id}`, {
      state: 'kept',
    });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.deepEqual(
      kinds((await coach({ text, caseId: opened.id })).findings),
      ['unbacked_date'],
      'only an open promise backs a date',
    );
  });

  it('stops flagging an admitted fault once the owner records it on the case, once', async () => {
    const opened = await newCase();
    const text = 'I am sorry, this was our mistake. I will refund the order and confirm when it is done.';
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), ['unrecorded_fault']);
    const recorded = await agent.request('POST', `/api/v1/cases/${opened.id}/fault`, {
      text: 'We shipped the wrong size.',
    });
    assert.equal(recorded.statusCode, 200, recorded.body);
    assert.equal(recorded.json().event.kind, 'fault_recorded');
    assert.deepEqual(kinds((await coach({ text, caseId: opened.id })).findings), []);
    const again = await agent.request('POST', `/api/v1/cases/${opened.id}/fault`, {
      text: 'Something else.',
    });
    assert.equal(again.statusCode, 409);
    const row = await t.ctx.db
      .selectFrom('cases')
      .select('fault_recorded')
      .where('id', '=', opened.id)
      .executeTakeFirstOrThrow();
    assert.equal(row.fault_recorded, 'We shipped the wrong size.', 'the first fault is kept');
    const events = await t.ctx.db
      .selectFrom('case_events')
      .select('kind')
      .where('case_id', '=', opened.id)
      .where('kind', '=', 'fault_recorded')
      .execute();
    assert.equal(events.length, 1);
  });

  it('flags an apology with an order number only on a public channel', async () => {
    const text = 'So sorry about order #48213. We will DM you to sort it out.';
    assert.deepEqual(kinds((await coach({ text, channel: 'public' })).findings), ['public_apology']);
    assert.deepEqual(kinds((await coach({ text, channel: 'email' })).findings), []);
  });

  it('takes a long draft (20,000 characters) and refuses a longer one naming the field', async () => {
    const long = 'I am sorry about the delay and I will update you tomorrow morning. '
      .repeat(300)
      .slice(0, 20_000);
    assert.equal((await coach({ text: long })).response.statusCode, 200);
    const { response } = await coach({ text: `${long}!` });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().detail, /text/i);
  });

  it('answers 400 naming the field for a missing text, a bad channel or caseId, and 404 for an unknown case', async () => {
    for (const [body, field] of [
      [{}, /text/i],
      [{ text: 1 }, /text/i],
      [{ text: 'hi', channel: 'fax' }, /channel/i],
      [{ text: 'hi', caseId: 'nope' }, /caseId/i],
      [{ text: 'hi', extra: true }, /extra/i],
    ] as const) {
      const { response } = await coach(body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.match(response.json().detail, field, response.body);
    }
    const unknown = await coach({ text: 'hi', caseId: '00000000-0000-4000-8000-000000000000' });
    assert.equal(unknown.response.statusCode, 404);
    const blank = await agent.request('POST', `/api/v1/cases/${(await newCase()).id}/fault`, { text: '  ' });
    assert.equal(blank.statusCode, 400);
    assert.match(blank.json().detail, /went wrong/);
  });

  it('is for staff only', async () => {
    const stranger = await anonymousClient(t.app);
    assert.equal((await stranger.request('POST', '/api/v1/coach', { text: 'hi' })).statusCode, 401);
  });
});
