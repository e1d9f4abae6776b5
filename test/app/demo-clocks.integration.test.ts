import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadDemo } from '../../src/cli/demo/load-demo.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A newcomer's first look at the inbox: whenever the demo is loaded, no active case has a clock that
 * ran out before they arrived. Loaded at moments of the week that stress business hours differently:
 * a Monday before opening (the night's wall-time clocks ran, business ones did not), a Wednesday late
 * afternoon (a day and a half of business time behind every story), and a Saturday.
 */
const MOMENTS = ['2026-12-07T05:00:00Z', '2026-12-09T16:30:00Z', '2026-12-12T13:00:00Z'];

describe('the demo just loaded', () => {
  const apps: TestApp[] = [];
  after(() => Promise.all(apps.map((t) => t.close())));

  for (const moment of MOMENTS) {
    it(`has every active case’s clocks still running when loaded at ${moment}`, {
      timeout: 600_000,
    }, async () => {
      const now = new Date(moment);
      const t = await startTestApp({ now: () => now });
      apps.push(t);
      await loadDemo(t.ctx, 'a demo password of some length', { withFeedback: true });
      const active = await t.database.db
        .selectFrom('cases')
        .select(['number', 'title', 'severity', 'status', 'next_due_at'])
        .where('status', 'in', ['open', 'acknowledged'])
        .execute();
      assert.ok(active.length >= 8, `${active.length} active cases`);
      assert.ok(
        active.some((c) => c.status === 'open') && active.some((c) => c.severity === 'critical'),
        'the inbox still shows cases waiting to be acknowledged, and a critical one',
      );
      const overdue = active
        .filter((c) => c.next_due_at !== null && c.next_due_at.getTime() <= now.getTime())
        .map(
          (c) => `#${c.number} ${c.severity} ${c.status} “${c.title}” due ${c.next_due_at?.toISOString()}`,
        );
      assert.deepEqual(overdue, []);
    });
  }
});
