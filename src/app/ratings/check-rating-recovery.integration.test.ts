import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildCustomer, buildRatingRequest, buildUser } from '../../../test/support/factories.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { checkRatingRecovery } from './check-rating-recovery.ts';
import { RatingRecorder } from './rating-recorder.ts';

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

    const outcomes = await Promise.all([
      checkRatingRecovery(t.ctx, first.request.id),
      checkRatingRecovery(t.ctx, second.request.id),
    ]);
    assert.deepEqual([...outcomes].sort(), ['attached', 'opened']);
    const cases = await t.ctx.db
      .selectFrom('cases')
      .select('id')
      .where('customer_id', '=', customer.id)
      .execute();
    assert.equal(cases.length, 1);
  });
});
