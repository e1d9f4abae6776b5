import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { makeWorkerUtils, type WorkerUtils } from 'graphile-worker';
import { sql } from 'kysely';
import { releaseDeadWorkersJobs } from '../../src/jobs/worker.ts';
import { insertSession } from '../../src/store/session.store.ts';
import { buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('background jobs', () => {
  let t: TestApp;
  let utils: WorkerUtils;
  before(async () => {
    t = await startTestApp();
    utils = await makeWorkerUtils({ connectionString: t.database.connectionString });
  });
  after(async () => {
    await utils.release();
    await t.close();
  });

  it('purges expired sessions and keeps live ones', async () => {
    const user = await buildUser(t.ctx);
    const now = new Date();
    await insertSession(t.ctx.db, {
      idHash: 'expired',
      userId: user.id,
      expiresAt: new Date(now.getTime() - 1000),
    });
    await insertSession(t.ctx.db, {
      idHash: 'live',
      userId: user.id,
      expiresAt: new Date(now.getTime() + 60_000),
    });
    await utils.addJob('purge-expired-sessions', {});
    await runJobs({ ctx: { ...t.ctx, now: () => now }, database: t.database });
    const left = await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    assert.deepEqual(
      left.map((row) => row.id),
      ['live'],
    );
  });

  it("releases a dead worker's locked jobs so they run now, not in four hours", async () => {
    const user = await buildUser(t.ctx);
    const now = new Date();
    await insertSession(t.ctx.db, {
      idHash: 'expired-while-the-job-was-locked',
      userId: user.id,
      expiresAt: new Date(now.getTime() - 1000),
    });
    const job = await utils.addJob('purge-expired-sessions', {}, { jobKey: 'locked-by-the-dead' });
    await sql`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'worker-killed-earlier' WHERE id = ${job.id}`.execute(
      t.ctx.db,
    );
    assert.ok(
      (await releaseDeadWorkersJobs(t.database.connectionString, t.ctx.db)) >= 1,
      'at least the dead worker was released',
    );
    const row = await sql<{
      locked_by: string | null;
    }>`SELECT locked_by FROM graphile_worker._private_jobs WHERE id = ${job.id}`.execute(t.ctx.db);
    assert.equal(row.rows[0]?.locked_by, null);
    await runJobs({ ctx: { ...t.ctx, now: () => now }, database: t.database });
    // The task's own effect, not the job row: graphile-worker deletes a completed job after runOnce (runJobs)
    // may already have returned (seen in CI), while the task itself has finished by then.
    const left = await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute();
    assert.deepEqual(left, [], 'the released job ran');
  });
});
