import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkRatingRecovery } from '../../src/app/recovery/check-rating-recovery.ts';
import { caseIdsOf, confirmClick, postForm } from '../support/customer-pages.ts';
import {
  buildCustomer,
  buildRatingRequest,
  buildUser,
  RESOLUTION,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Entry = {
  id: number;
  ratingRequestId: string;
  label: string;
  current: boolean;
  comments: { body: string }[];
};
type Event = { kind: string; body: string | null; data: Record<string, unknown> };
type CaseShown = { title: string; story: string; severity: string; status: string };

const ANGRY = 'The courier threw the box over the fence and the lamp inside is in pieces.';

/**
 * A case opened by feedback and the feedback itself tell one story: the customer's words become the
 * case's story, a comment stays under the answer it followed, and a change of mind is told on the
 * case without changing what the owner decided.
 */
describe('feedback and its case agree', () => {
  let t: TestApp;
  let clock = Date.parse('2026-04-06T09:00:00Z');
  let asAgent: Client;
  let asSupervisor: Client;

  const post = (url: string, form: Record<string, string>) => postForm(t, url, form);
  const rate = (link: string) => confirmClick(t, link);
  const later = () => {
    clock += 10 * 60_000;
  };

  const caseOf = async (customerId: string) => {
    const [caseId] = await caseIdsOf(t.ctx.db, customerId);
    assert.ok(caseId, 'the feedback opened a case');
    const detail = await asAgent.request('GET', `/api/v1/cases/${caseId}`);
    assert.equal(detail.statusCode, 200, detail.body);
    const events = await asAgent.request('GET', `/api/v1/cases/${caseId}/events`);
    assert.equal(events.statusCode, 200, events.body);
    const { title, story, severity, status } = detail.json().case as CaseShown;
    return { caseId, shown: { title, story, severity, status }, events: events.json().events as Event[] };
  };
  const feedbackOf = async (requestId: string) => {
    const response = await asAgent.request('GET', '/api/v1/feedback?limit=200');
    assert.equal(response.statusCode, 200, response.body);
    return (response.json().entries as Entry[]).filter((e) => e.ratingRequestId === requestId);
  };

  before(async () => {
    t = await startTestApp({ now: () => new Date(clock) });
    await buildUser(t.ctx, { name: 'Olive Owner' });
    const agent = await buildUser(t.ctx, { role: 'agent' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    const supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    await t.ctx.db.updateTable('users').set({ available: false }).where('id', '=', supervisor.id).execute();
    asSupervisor = await signIn(t.app, supervisor.email, TEST_PASSWORD);
  });
  after(() => t.close());

  it("replaces the placeholder story with the customer's words when they comment after the case opened", async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Petra Placeholder' });
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: '5120' });
    const commentUrl = await rate(linkFor(1));
    await runJobs(t);
    const opened = await caseOf(customer.id);
    assert.match(opened.shown.story, /has not said more yet\.$/);

    later();
    assert.equal((await post(commentUrl, { comment: `  ${ANGRY}  ` })).statusCode, 303);
    await runJobs(t);
    const told = await caseOf(customer.id);
    assert.equal(told.shown.story, ANGRY, "the case's story is the customer's own words");
    assert.deepEqual(
      told.events.slice(0, opened.events.length),
      opened.events,
      'the timeline is only appended to',
    );
    const added = told.events.slice(opened.events.length);
    assert.deepEqual(
      added.map((e) => [e.kind, e.data.type ?? null, e.body]),
      [
        ['feedback', 'comment', ANGRY],
        ['story_told', null, null],
      ],
    );
    assert.equal(
      added[1]?.data.previous,
      opened.shown.story,
      'the timeline keeps what the story said before',
    );

    // The story is told once: a second comment joins the timeline and leaves the story alone.
    later();
    await post(commentUrl, { comment: 'And nobody answers the phone.' });
    await runJobs(t);
    const again = await caseOf(customer.id);
    assert.equal(again.shown.story, ANGRY);
    assert.deepEqual(
      again.events.slice(told.events.length).map((e) => [e.kind, e.body]),
      [['feedback', 'And nobody answers the phone.']],
    );
  });

  it('keeps a comment under the answer it followed, and tells a change of mind on the case without resolving it', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Miles Mindchange' });
    const { request, linkFor } = await buildRatingRequest(t.ctx, {
      customerId: customer.id,
      touchpointRef: '5121',
    });
    const commentUrl = await rate(linkFor(1));
    await runJobs(t);
    later();
    await post(commentUrl, { comment: ANGRY });
    await runJobs(t);
    const before = await caseOf(customer.id);

    later();
    await rate(linkFor(3));
    await runJobs(t);

    assert.deepEqual(
      (await feedbackOf(request.id)).map((e) => [e.label, e.current, e.comments.map((c) => c.body)]),
      [
        ['Good', true, []],
        ['Poor', false, [ANGRY]],
      ],
      'the angry comment stays under the red answer it was written after, not under the green chip',
    );

    const after = await caseOf(customer.id);
    assert.deepEqual(
      after.shown,
      before.shown,
      'title, story, severity and status are what they were: only the owner decides',
    );
    assert.equal(after.shown.status, 'open');
    assert.equal(after.shown.story, ANGRY);
    const added = after.events.slice(before.events.length);
    assert.deepEqual(
      added.map((e) => [e.kind, e.data.type]),
      [
        ['feedback', 'rating'],
        ['feedback', 'changed_mind'],
      ],
    );
    assert.deepEqual(
      [added[1]?.data.from, added[1]?.data.to].map((a) => {
        const { label, mood } = a as { label: string; mood: string };
        return [label, mood];
      }),
      [
        ['Poor', 'negative'],
        ['Good', 'positive'],
      ],
    );

    // A comment after the change of mind goes under the green answer.
    later();
    await post(commentUrl, { comment: 'They replaced the lamp the next morning. Thank you!' });
    assert.deepEqual(
      (await feedbackOf(request.id)).map((e) => [e.label, e.comments.map((c) => c.body)]),
      [
        ['Good', ['They replaced the lamp the next morning. Thank you!']],
        ['Poor', [ANGRY]],
      ],
    );
  });

  it('tells no change of mind when the customer stays unhappy (red → amber)', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Steady Stella' });
    const { linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    await rate(linkFor(1));
    await runJobs(t);
    later();
    await rate(linkFor(2));
    await runJobs(t);
    const { events } = await caseOf(customer.id);
    assert.deepEqual(
      events.filter((e) => e.kind === 'feedback').map((e) => [e.data.type, e.data.label]),
      [
        ['rating', 'Poor'],
        ['rating', 'Not great'],
      ],
    );
  });

  it('opens no second case once the first is resolved: not for a rerun check, nor for a customer won back', async () => {
    const customer = await buildCustomer(t.ctx, { name: 'Wendy Wonback' });
    const { request, linkFor } = await buildRatingRequest(t.ctx, { customerId: customer.id });
    const commentUrl = await rate(linkFor(1));
    // Words that read negative by themselves (the comment rule would open a case for them alone).
    await post(commentUrl, {
      comment: 'Terrible, awful service. The driver was rude and the lamp is broken.',
    });
    await runJobs(t);
    const [caseId] = await caseIdsOf(t.ctx.db, customer.id);
    assert.ok(caseId);
    later();
    const resolved = await asSupervisor.request('POST', `/api/v1/cases/${caseId}/status`, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    assert.equal(resolved.statusCode, 200, resolved.body);

    // The same check again (a job queued twice): it has nothing new to tell.
    assert.equal(await checkRatingRecovery(t.ctx, request.id), 'not_needed');
    // The customer clicks green and thanks us: the angry words belong to the red answer, not this one.
    later();
    const thanksUrl = await rate(linkFor(3));
    await post(thanksUrl, { comment: 'Sorted the next day. Thank you!' });
    await runJobs(t);
    assert.deepEqual(await caseIdsOf(t.ctx.db, customer.id), [caseId]);
  });
});
