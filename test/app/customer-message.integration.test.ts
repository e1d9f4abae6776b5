import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { getCase } from '../../src/app/cases/get-case.ts';
import { listCaseEvents } from '../../src/app/cases/list-case-events.ts';
import { appendCustomerMessage } from '../../src/app/conversation/append-customer-message.ts';
import { readReplyAddress, verifyStatusToken } from '../../src/core/case/case-links.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('a customer writes to their case', () => {
  let t: TestApp;
  let owner: User;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Owner' });
  });
  after(() => t.close());

  const write = (caseId: string, body: string) =>
    t.ctx.db
      .transaction()
      .execute((trx) => appendCustomerMessage(trx, t.ctx.now(), { caseId, body, channel: 'email' }));

  it('adds a message_in event, starts the wait for an answer once, and alerts the owner live', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.id });
    const heard: LiveMessage[] = [];
    const unsubscribe = t.live.subscribe((message) => {
      if (message.type === 'case.changed' && message.caseId === opened.id && message.customerWroteTo)
        heard.push(message);
    });
    try {
      const event = await write(opened.id, 'Any news about my vase?');
      assert.equal(event?.kind, 'message_in');
      assert.deepEqual(event?.data, { channel: 'email' });
      const first = (await getCase(t.ctx, opened.id)).case.unansweredSince;
      assert.ok(first, 'the wait for an answer started');
      await write(opened.id, 'Hello?');
      assert.deepEqual(
        (await getCase(t.ctx, opened.id)).case.unansweredSince,
        first,
        'a second message does not restart it',
      );
      const deadline = Date.now() + 10_000;
      while (heard.length < 2 && Date.now() < deadline) await new Promise((r) => setImmediate(r));
      assert.deepEqual(heard, [
        { type: 'case.changed', caseId: opened.id, customerWroteTo: owner.id },
        { type: 'case.changed', caseId: opened.id, customerWroteTo: owner.id },
      ]);
    } finally {
      unsubscribe();
    }
  });

  it('reopens a resolved case, counted, and says so on the timeline', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.id });
    await changeCaseStatus(t.ctx, { userId: owner.id, role: 'agent', via: 'session' }, opened.id, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    await write(opened.id, 'It broke again.');
    const detail = await getCase(t.ctx, opened.id);
    assert.equal(detail.case.status, 'open');
    assert.equal(detail.case.reopenCount, 1);
    const kinds = (await listCaseEvents(t.ctx, opened.id, { limit: 100 })).map((e) => e.kind);
    assert.deepEqual(kinds.slice(-2), ['status_changed', 'message_in']);
  });

  it('does nothing for a case that does not exist', async () => {
    assert.equal(await write('00000000-0000-4000-8000-000000000000', 'Hi'), undefined);
  });

  it('gives every case its own signed reply address and status page, in GET /cases/{id}', async () => {
    const a = await buildCase(t.ctx, { ownerId: owner.id });
    const b = await buildCase(t.ctx, { ownerId: owner.id });
    const client = await signIn(t.app, owner.email, TEST_PASSWORD);
    const [detailA, detailB] = await Promise.all(
      [a, b].map(async (c) => (await client.request('GET', `/api/v1/cases/${c.id}`)).json()),
    );
    assert.equal(readReplyAddress(t.ctx.linkSecret, detailA.replyTo), a.replyKey);
    assert.notEqual(detailA.replyTo, detailB.replyTo);
    const token = new URL(detailA.statusPageUrl).pathname.replace(/^\/s\//, '');
    assert.ok(detailA.statusPageUrl.startsWith('http://amends.test/s/'));
    assert.equal(verifyStatusToken(t.ctx.linkSecret, token), a.statusKey);
    assert.match(a.statusKey, /^[0-9a-f]{32}$/);
    assert.equal(detailA.case.unansweredSince, null);
    assert.equal(detailA.case.lastMessageOutAt, null);
  });
});
