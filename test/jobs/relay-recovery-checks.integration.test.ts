import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { JobHelpers } from 'graphile-worker';
import { sql } from 'kysely';
import { relayRecoveryChecks } from '../../src/jobs/tasks/relay-recovery-checks.ts';
import { CRONTAB } from '../../src/jobs/worker.ts';
import { recordClicks } from '../../src/store/rating-answer.store.ts';
import { relayDueRecoveryChecks } from '../../src/store/recovery-check.store.ts';
import { buildRatingRequest } from '../support/factories.ts';
import { recoveryJobCount } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('relaying due recovery checks to the job queue', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  const dueCount = async (ids: string[]) =>
    Number(
      (
        await sql<{ n: string }>`
          SELECT count(*) AS n FROM recovery_checks_due WHERE request_id = ANY(${ids}::uuid[])`.execute(
          t.ctx.db,
        )
      ).rows[0]?.n,
    );

  /** Negative clicks written as a batch would be, by a process that dies before its relay runs. */
  async function clicksLeftDue(count: number): Promise<string[]> {
    const requests = await Promise.all(Array.from({ length: count }, () => buildRatingRequest(t.ctx)));
    const now = t.ctx.now();
    const outcomes = await recordClicks(
      t.ctx.pool,
      requests.map(({ request }) => ({ key: request.key, score: 1, source: 'page' })),
      { now, changeUntil: new Date(now.getTime() + 3600_000), runSince: new Date(now.getTime() - 10_000) },
    );
    assert.ok(outcomes.every((o) => o.recorded && o.checkDue));
    return requests.map(({ request }) => request.id);
  }

  it('notes a negative answer as due in the click batch itself, and no job until a relay runs', async () => {
    const ids = await clicksLeftDue(3);
    assert.equal(await dueCount(ids), 3);
    assert.equal(await recoveryJobCount(t.ctx.db, ids), 0);
    // A relay takes them (and leaves nothing due for the tests below).
    assert.equal(await relayDueRecoveryChecks(t.ctx.db, 0), 3);
    assert.equal(await recoveryJobCount(t.ctx.db, ids), 3);
  });

  it("queues what a dead process left due from the worker's cron task, every minute", async () => {
    assert.match(CRONTAB, /^\* \* \* \* \* relay-recovery-checks$/m);
    const ids = await clicksLeftDue(4);
    const logged: string[] = [];
    const helpers = { logger: { info: (message: string) => logged.push(message) } } as unknown as JobHelpers;
    await relayRecoveryChecks(t.ctx)({}, helpers);
    assert.equal(await recoveryJobCount(t.ctx.db, ids), 4);
    assert.equal(await dueCount(ids), 0);
    assert.ok(logged.some((line) => /queued \d+ recovery checks/.test(line)));
  });

  it('queues each check once when relays on several instances run at once', async () => {
    const ids = await clicksLeftDue(40);
    const relayed = await Promise.all([1, 2, 3, 4].map(() => relayDueRecoveryChecks(t.ctx.db, 0)));
    assert.equal(
      relayed.reduce((a, b) => a + b, 0),
      40,
    );
    assert.equal(await recoveryJobCount(t.ctx.db, ids), 40);
    assert.equal(await dueCount(ids), 0);
  });
});
