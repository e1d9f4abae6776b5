import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changePromise } from '../../src/app/promises/change-promise.ts';
import { makePromise } from '../../src/app/promises/make-promise.ts';
import type { Actor } from '../../src/core/team/user.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { statusPathOf } from '../support/status-page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the status page’s open promises', () => {
  let t: TestApp;
  const clock = new Date('2026-12-07T10:00:00Z');
  let owner: Actor;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    const maya = await buildUser(t.ctx, { name: 'Maya Lind' });
    owner = { userId: maya.id, role: maya.role, via: 'session' };
  });
  after(() => t.close());

  const promise = (
    caseId: string,
    what: string,
    dueAt: string,
    extra: { confidence?: 'certain' | 'estimate'; customerVisible?: boolean } = {},
  ) =>
    makePromise(t.ctx, owner, caseId, {
      what,
      dueAt: new Date(dueAt),
      confidence: extra.confidence ?? 'certain',
      customerVisible: extra.customerVisible ?? true,
    });
  const promisesOn = (body: string) =>
    [...body.matchAll(/<li data-testid="promise"[^>]*>(.*?)<\/li>/g)].map((m) => m[1]);

  it('says each open visible promise in plain words, soonest first, firm or estimated; hidden and settled ones not at all', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.userId });
    await promise(opened.id, 'send a new vase', '2026-12-10T15:30:00Z', { confidence: 'estimate' });
    await promise(opened.id, 'refund your order', '2026-12-08T17:00:00Z');
    await promise(opened.id, 'ask the courier what happened', '2026-12-09T17:00:00Z', {
      customerVisible: false,
    });
    const kept = await promise(opened.id, 'call you back', '2026-12-09T17:00:00Z');
    await changePromise(t.ctx, owner, kept.promise.id, { state: 'kept' });

    const page = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, opened.id) });
    assert.equal(page.statusCode, 200);
    assert.deepEqual(promisesOn(page.body), [
      'We will refund your order <strong>by Tuesday 8 December.</strong>',
      'We expect to send a new vase <strong>around Thursday 10 December at 15:30 (UTC) (our best estimate).</strong>',
    ]);
    const next = /<section class="next"[\s\S]*?<\/section>/.exec(page.body)?.[0] ?? '';
    assert.match(next, /data-testid="promises"/, 'inside What happens next');
  });

  it('escapes what a promise says', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.userId });
    await promise(opened.id, '<img src=x onerror=alert(1)> refund & "more"', '2026-12-08T17:00:00Z');
    const page = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, opened.id) });
    assert.doesNotMatch(page.body, /<img src=x/);
    assert.match(page.body, /&lt;img src=x onerror=alert\(1\)&gt; refund &amp; &quot;more&quot;/);
  });

  it('shows no promise list when none is open', async () => {
    const opened = await buildCase(t.ctx, { ownerId: owner.userId });
    const page = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, opened.id) });
    assert.doesNotMatch(page.body, /data-testid="promises"/);
  });
});
