import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout } from 'node:timers/promises';
import pg from 'pg';
import { RatingRecorder } from '../../src/app/rating-clicks/rating-recorder.ts';
import { checkRatingRecovery } from '../../src/app/recovery/check-rating-recovery.ts';
import { touchpointLockKey } from '../../src/store/case.store.ts';
import { buildCustomer, buildRatingRequest, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** How many sessions of this database wait for an advisory lock. */
async function waitingForAdvisoryLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`
    SELECT count(*)::int AS n FROM pg_locks
    WHERE locktype = 'advisory' AND NOT granted
      AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`);
  return rows[0]?.n ?? 0;
}

describe('feedback to a case', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await buildUser(t.ctx, { name: 'Owen Owner' });
  });
  after(() => t.close());

  it('opens one case when two checks for the same touchpoint run at once', async () => {
    const customer = await buildCustomer(t.ctx);
    // Two requests about one order (a receipt and a delivery mail, say), both answered red.
    const first = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: 'order-77' });
    const second = await buildRatingRequest(t.ctx, { customerId: customer.id, touchpointRef: 'order-77' });
    const recorder = new RatingRecorder(t.ctx);
    for (const { request } of [first, second])
      assert.equal((await recorder.record({ key: request.key, score: 1, source: 'page' })).recorded, true);
    // Its relay queues the checks' jobs; they are run by hand below, so only wait for the relay.
    await recorder.drain();

    // Hold the touchpoint's lock (the key lockActiveCaseForTouchpoint takes) on a connection of
    // our own, start both checks, and let go only once both wait for it: they must overlap.
    const touchpointKey = touchpointLockKey(customer.id, {
      type: first.request.touchpointType,
      ref: 'order-77',
    });
    const holder = new pg.Client({ connectionString: t.database.connectionString });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(hashtext($1))', [touchpointKey]);
      let finished = 0;
      const checks = [first, second].map((rated) =>
        checkRatingRecovery(t.ctx, rated.request.id).finally(() => {
          finished += 1;
        }),
      );
      const deadline = Date.now() + 30_000;
      while ((await waitingForAdvisoryLocks(holder)) < 2) {
        assert.equal(finished, 0, 'a check finished while its touchpoint was locked');
        assert.ok(Date.now() < deadline, 'the checks never both waited for the touchpoint lock');
        await setTimeout(5);
      }
      await holder.query('SELECT pg_advisory_unlock(hashtext($1))', [touchpointKey]);
      const outcomes = await Promise.all(checks);
      assert.deepEqual([...outcomes].sort(), ['attached', 'opened']);
    } finally {
      await holder.end();
    }
    const cases = await t.ctx.db
      .selectFrom('cases')
      .select('id')
      .where('customer_id', '=', customer.id)
      .execute();
    assert.equal(cases.length, 1);
  });
});
