import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { User } from '../../src/core/team/user.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const DAY = 86_400_000;

describe('the amends made, named to the customer', () => {
  let t: TestApp;
  // In the past, so the follow-up's job is due in PostgreSQL's time when the clock is moved to it.
  let clock = new Date(Date.now() - 30 * DAY);
  let agent: User;
  let asAgent: Client;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    await ensureDefaultSurvey(t.ctx);
    agent = await buildUser(t.ctx, { role: 'agent', name: 'Ada Agent' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    const catalogue = (await asAgent.request('GET', '/api/v1/amends/catalogue')).json().catalogue;
    const refund = catalogue.find((entry: { kind: string }) => entry.kind === 'refund').id;
    const limits = await asAdmin.request('PUT', '/api/v1/settings/amends/limits', {
      limits: [
        {
          role: 'agent',
          gestureTypeId: refund,
          currency: 'EUR',
          perGestureMinor: 5000,
          perCaseMinor: null,
          perAgentMonthMinor: null,
        },
      ],
    });
    assert.equal(limits.statusCode, 204, limits.body);
  });
  after(() => t.close());

  it('the status page and the follow-up say what was issued, never what still waits for approval', async () => {
    const c = await buildCase(t.ctx, { ownerId: agent.id, title: 'Vase arrived broken' });
    const catalogue = (await asAgent.request('GET', '/api/v1/amends/catalogue')).json().catalogue;
    const refund = catalogue.find((entry: { kind: string }) => entry.kind === 'refund').id;
    const offer = (amountMinor: number) =>
      asAgent.request(
        'POST',
        `/api/v1/cases/${c.id}/amends`,
        { gestureTypeId: refund, amountMinor, currency: 'EUR' },
        { 'idempotency-key': randomUUID() },
      );
    const within = await offer(1250);
    assert.equal(within.statusCode, 201, within.body);
    const issued = await asAgent.request(
      'POST',
      `/api/v1/amends/${within.json().gesture.id}/issued-by-hand`,
      {
        reference: 'RF-1',
      },
    );
    assert.equal(issued.statusCode, 200, issued.body);
    const over = await offer(9000);
    assert.equal(over.statusCode, 202, over.body);

    const page = new URL((await asAgent.request('GET', `/api/v1/cases/${c.id}`)).json().statusPageUrl)
      .pathname;
    const html = (await t.app.inject({ method: 'GET', url: page })).body;
    assert.match(html, /To make it right, we have:/);
    assert.match(html, /refunded €12\.50/);
    assert.doesNotMatch(html, /€90\.00/, 'a gesture waiting for approval is not named');

    const resolved = await asAgent.request('POST', `/api/v1/cases/${c.id}/status`, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    assert.equal(resolved.statusCode, 200, resolved.body);
    const timer = (await listCaseTimers(t.ctx.db, c.id)).find((x) => x.kind === 'follow_up_due');
    assert.ok(timer, 'the follow-up is timed');
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    await runJobs(t);
    const mail = await t.ctx.db
      .selectFrom('outbound_emails')
      .select(['text_body'])
      .where('case_id', '=', c.id)
      .where('kind', '=', 'follow-up')
      .executeTakeFirstOrThrow();
    assert.match(mail.text_body ?? '', /To make it right, we refunded €12\.50\./);
    assert.doesNotMatch(mail.text_body ?? '', /€90\.00/);
  });
});
