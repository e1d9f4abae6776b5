import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { JobHelpers } from 'graphile-worker';
import { sql } from 'kysely';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import { fireCaseTimer as fireCaseTimerTask } from '../../src/jobs/tasks/fire-case-timer.ts';
import { listCaseTimers, scheduleCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

async function jobRunAt(t: TestApp, timerId: string): Promise<Date | undefined> {
  const { rows } = await sql<{ run_at: Date }>`
    SELECT run_at FROM graphile_worker.jobs WHERE key = ${`case-timer:${timerId}`}`.execute(t.ctx.db);
  return rows[0]?.run_at;
}

describe('case timers', () => {
  let t: TestApp;
  let clock = new Date('2026-12-07T09:00:00Z');
  let admin: { id: string };
  before(async () => {
    t = await startTestApp({ now: () => clock });
    admin = await buildUser(t.ctx, { role: 'admin' }); // someone to own the cases
  });
  after(() => t.close());

  it('an opened case has a timer per running clock, each with a job at its due time', async () => {
    const opened = await buildCase(t.ctx, { severity: 'critical' });
    assert.ok(opened.clocks.acknowledgeDueAt, 'the case row carries its acknowledge due time');
    const timers = await listCaseTimers(t.ctx.db, opened.id);
    assert.deepEqual(timers.map((timer) => timer.kind).sort(), ['acknowledge_due', 'resolve_due']);
    for (const timer of timers) assert.deepEqual(await jobRunAt(t, timer.id), timer.dueAt);
  });

  it('a clock that stops cancels its timer and job; one that starts schedules its own', async () => {
    const opened = await buildCase(t.ctx, { severity: 'critical' });
    const before = await listCaseTimers(t.ctx.db, opened.id);
    const acknowledge = before.find((timer) => timer.kind === 'acknowledge_due');
    assert.ok(acknowledge);
    await changeCaseStatus(t.ctx, { userId: admin.id, role: 'admin', via: 'session' }, opened.id, {
      status: 'acknowledged',
    });
    const after = await listCaseTimers(t.ctx.db, opened.id);
    assert.deepEqual(after.map((timer) => timer.kind).sort(), ['resolve_due', 'update_due']);
    assert.equal(await jobRunAt(t, acknowledge.id), undefined, 'the acknowledge job is gone');
  });

  it('fires once when due, however many times its job runs; not before', async () => {
    const opened = await buildCase(t.ctx, { severity: 'critical' });
    const timer = (await listCaseTimers(t.ctx.db, opened.id)).find((x) => x.kind === 'acknowledge_due');
    assert.ok(timer);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), false, 'not due yet');
    clock = new Date(timer.dueAt.getTime() + 1);
    const runs = await Promise.all([1, 2, 3, 4].map(() => fireCaseTimer(t.ctx, timer.id)));
    assert.equal(runs.filter(Boolean).length, 1, 'exactly one run fired it');
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM case_events WHERE case_id = ${opened.id} AND kind = 'clock_breached'`.execute(
      t.ctx.db,
    );
    assert.equal(rows[0]?.n, 1, 'one breach on the timeline');
    // Scheduling the same due time again leaves it fired; a new due time arms it again.
    const [same] = await scheduleCaseTimers(t.ctx.db, [{ ...timer, dueAt: timer.dueAt }]);
    assert.ok(same?.firedAt, 'the same due time stays fired');
    const later = new Date(timer.dueAt.getTime() + 60_000);
    const [moved] = await scheduleCaseTimers(t.ctx.db, [{ ...timer, dueAt: later }]);
    assert.equal(moved?.firedAt, undefined, 'a new due time arms it again');
    assert.deepEqual(await jobRunAt(t, timer.id), later, 'and moves its job');
  });

  it('a job that runs before its timer is due by the app’s clock leaves a job for when it is due by that clock, not a lost timer', async () => {
    // Counted on the app's clock, added to the database's: a fixed clock far behind the real one
    // (as here, once the real day passes it) must not bring the job straight back.
    const waitsFor = async (timerId: string) => {
      const { rows } = await sql<{ wait: number }>`
        SELECT extract(epoch FROM run_at - now())::float8 AS wait FROM graphile_worker.jobs
        WHERE key = ${`case-timer:${timerId}`}`.execute(t.ctx.db);
      return rows[0]?.wait;
    };
    const opened = await buildCase(t.ctx, { severity: 'critical' });
    const timer = (await listCaseTimers(t.ctx.db, opened.id)).find((x) => x.kind === 'acknowledge_due');
    assert.ok(timer);
    // As graphile-worker does when a job completes: its row goes.
    await sql`SELECT graphile_worker.remove_job(${`case-timer:${timer.id}`})`.execute(t.ctx.db);
    assert.equal(await jobRunAt(t, timer.id), undefined);
    const task = fireCaseTimerTask(t.ctx);
    await task({ timerId: timer.id }, {} as JobHelpers);
    const left = (timer.dueAt.getTime() - clock.getTime()) / 1000;
    assert.ok(left > 60, 'the timer has a while to go by the app’s clock');
    const wait = await waitsFor(timer.id);
    assert.ok(wait !== undefined && Math.abs(wait - left) < 5, `queued ${wait} s ahead, not ${left}`);
    const one = fireCaseTimerTask(t.ctx, 1);
    await sql`SELECT graphile_worker.remove_job(${`case-timer:${timer.id}`})`.execute(t.ctx.db);
    await one({ timerId: timer.id }, {} as JobHelpers);
    const again = await waitsFor(timer.id);
    assert.ok(again !== undefined && Math.abs(again - left) < 5, `one at a time too: ${again} s`);
  });
});
