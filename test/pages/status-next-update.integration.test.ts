import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import type { Actor } from '../../src/core/team/user.ts';
import { buildCase, buildUser, RESOLUTION } from '../support/factories.ts';
import { statusPathOf } from '../support/status-page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the status page: next update by …', () => {
  let t: TestApp;
  let clock = new Date('2026-12-08T10:00:00Z');
  let admin: Actor;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    const user = await buildUser(t.ctx, { role: 'admin', name: 'Maya Owner' });
    admin = { userId: user.id, role: 'admin', via: 'session' };
  });
  after(() => t.close());

  async function pageOf(caseId: string): Promise<string> {
    const response = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, caseId) });
    assert.equal(response.statusCode, 200);
    return response.body;
  }
  const nextUpdateLine = (page: string) =>
    /<p data-testid="next-update-by">(.*?)<\/p>/.exec(page)?.[1]?.replace(/<[^>]+>/g, '');

  async function caseFor(attributes: Record<string, unknown>) {
    const { customer } = await upsertCustomer(t.ctx, undefined, {
      name: 'Rita Moreno',
      emails: [`rita-${Math.random().toString(16).slice(2)}@example.test`],
      attributes,
    });
    // Critical: acknowledge within 30 min, update every 2 h, both wall time.
    return buildCase(t.ctx, { severity: 'critical', customerId: customer.id, ownerId: admin.userId });
  }

  it('says when the customer hears from us next, in their own time zone', async () => {
    const c = await caseFor({ timeZone: 'America/New_York' });
    // Open: the acknowledge clock (10:30 UTC = 05:30 in New York).
    assert.equal(
      nextUpdateLine(await pageOf(c.id)),
      'Next update by Tuesday 8 December at 05:30 (Eastern Standard Time), sooner if there is news.',
    );
    // Acknowledged: the update cadence from then (12:00 UTC = 07:00 in New York).
    await changeCaseStatus(t.ctx, admin, c.id, { status: 'acknowledged' });
    assert.equal(
      nextUpdateLine(await pageOf(c.id)),
      'Next update by Tuesday 8 December at 07:00 (Eastern Standard Time), sooner if there is news.',
    );
  });

  it('names the business’s zone when the customer’s is unknown, owns up when overdue, says nothing once resolved', async () => {
    const c = await caseFor({ timeZone: '<script>alert(1)</script>' });
    const page = await pageOf(c.id);
    assert.equal(
      nextUpdateLine(page),
      'Next update by Tuesday 8 December at 10:30 (UTC), sooner if there is news.',
    );
    assert.doesNotMatch(page, /<script>alert/);
    clock = new Date('2026-12-08T10:45:00Z');
    assert.equal(
      nextUpdateLine(await pageOf(c.id)),
      'We owe you an update (it was due by Tuesday 8 December at 10:30 (UTC)). Maya will write to you shortly.',
    );
    await changeCaseStatus(t.ctx, admin, c.id, { status: 'resolved', resolution: RESOLUTION });
    assert.equal(nextUpdateLine(await pageOf(c.id)), undefined);
  });
});
