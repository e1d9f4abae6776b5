import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import type { TimerKind } from '../../src/core/timer/case-timer.ts';
import { FIRE_CASE_TIMER, scheduleCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startTimerWorker, type TimerWorker } from '../support/timer-workers.ts';

/** The clocks whose breach is always on the timeline (the update clock's waits for a reply owed). */
const CLOCKS: [TimerKind, string][] = [
  ['acknowledge_due', 'acknowledge'],
  ['resolve_due', 'resolve'],
];

/** Cases with their three clock timers due `inMs` from now, spread over `spreadMs`; their timer ids. */
async function scheduleClockTimers(t: TestApp, cases: number, inMs: number, spreadMs: number) {
  const caseIds: string[] = [];
  for (let i = 0; i < cases; i++) caseIds.push((await buildCase(t.ctx)).id);
  const start = Date.now() + inMs;
  const timers = await scheduleCaseTimers(
    t.ctx.db,
    caseIds.flatMap((caseId, i) =>
      CLOCKS.map(([kind]) => ({
        caseId,
        kind,
        subjectId: undefined,
        dueAt: new Date(start + Math.floor((i * spreadMs) / cases)),
      })),
    ),
  );
  return { caseIds, timerIds: timers.map((timer) => timer.id) };
}

async function unfired(t: TestApp, timerIds: string[]): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM case_timers WHERE id = ANY(${timerIds}::uuid[]) AND fired_at IS NULL`.execute(
    t.ctx.db,
  );
  return rows[0]?.n ?? -1;
}

async function timerJobsLeft(t: TestApp): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = ${FIRE_CASE_TIMER}`.execute(
    t.ctx.db,
  );
  return rows[0]?.n ?? -1;
}

/** Polls (bounded) until every timer fired and no timer job is left to run. */
async function untilAllFired(t: TestApp, timerIds: string[], what: string, within = 90_000) {
  const deadline = Date.now() + within;
  while ((await unfired(t, timerIds)) > 0 || (await timerJobsLeft(t)) > 0) {
    assert.ok(
      Date.now() < deadline,
      `${what}: ${await unfired(t, timerIds)} timer(s) unfired, ${await timerJobsLeft(t)} job(s) left`,
    );
    await delay(100);
  }
}

/** Breaches on the timelines of these cases, per case and clock: each must be exactly one. */
async function breachesPerClock(t: TestApp, caseIds: string[]) {
  const { rows } = await sql<{ case_id: string; clock: string; n: number }>`
    SELECT case_id, data->>'clock' AS clock, count(*)::int AS n FROM case_events
    WHERE case_id = ANY(${caseIds}::uuid[]) AND kind = 'clock_breached'
    GROUP BY case_id, data->>'clock'`.execute(t.ctx.db);
  return rows;
}

function assertEachOnce(rows: { case_id: string; clock: string; n: number }[], caseIds: string[]) {
  const twice = rows.filter((row) => row.n !== 1);
  assert.deepEqual(twice, [], 'no clock breached twice');
  assert.equal(rows.length, caseIds.length * CLOCKS.length, 'every clock of every case breached');
}

describe('durable timers across instances', () => {
  let t: TestApp;
  const workers: TimerWorker[] = [];
  before(async () => {
    t = await startTestApp();
    await buildUser(t.ctx, { role: 'admin' }); // someone to own the cases
  });
  after(async () => {
    await Promise.all(workers.map((worker) => worker.kill()));
    await t.close();
  });

  it('three instances on one PostgreSQL fire each of many timers once, though every timer has three jobs racing', async () => {
    const three = await Promise.all([1, 2, 3].map(() => startTimerWorker(t.database.connectionString)));
    workers.push(...three);
    const { caseIds, timerIds } = await scheduleClockTimers(t, 150, 1000, 2000);
    // Two more jobs per timer, as a retry or a second scheduler would leave: whichever instances run
    // them, the claim on the timer's row lets one act.
    await sql`
      SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
        SELECT (${FIRE_CASE_TIMER}::text, json_build_object('timerId', t.id), NULL, t.due_at, NULL, NULL, NULL, NULL)::graphile_worker.job_spec
        FROM case_timers t, generate_series(1, 2) WHERE t.id = ANY(${timerIds}::uuid[])))`.execute(t.ctx.db);

    await untilAllFired(t, timerIds, 'three instances');
    const ran = await Promise.all(three.map((worker) => worker.stop()));
    // The unkeyed copies all run; a timer's own job may be dropped by a batch that fired it.
    const total = ran.reduce((a, b) => a + b, 0);
    assert.ok(total >= timerIds.length * 2 && total <= timerIds.length * 3, `${total} jobs ran`);
    assert.ok(ran.filter((n) => n > 0).length >= 2, `the instances shared the jobs (${ran.join(', ')})`);
    assertEachOnce(await breachesPerClock(t, caseIds), caseIds);
  });

  it('an instance SIGKILLed holding timer jobs: a survivor takes them over and fires each once', async () => {
    // One timer per job, one job at a time, and a local queue that takes all their jobs at once: when
    // it dies it holds the jobs of every timer it has not fired, so only a takeover can fire them.
    const victim = await startTimerWorker(t.database.connectionString, [
      '--concurrency=1',
      '--timer-batch=1',
    ]);
    workers.push(victim);
    const { caseIds, timerIds } = await scheduleClockTimers(t, 60, 500, 0);
    while ((await unfired(t, timerIds)) === timerIds.length) await delay(10);
    await victim.kill();
    const { rows: held } = await sql<{ held: number; elsewhere: number }>`
      SELECT count(*) FILTER (WHERE j.locked_by = ${victim.workerId})::int AS held,
             count(*) FILTER (WHERE j.locked_by IS DISTINCT FROM ${victim.workerId})::int AS elsewhere
      FROM case_timers t JOIN graphile_worker.jobs j ON j.key = 'case-timer:' || t.id
      WHERE t.id = ANY(${timerIds}::uuid[]) AND t.fired_at IS NULL`.execute(t.ctx.db);
    assert.ok((held[0]?.held ?? 0) > 0, 'killed mid-run, holding the jobs of timers it had not fired');
    assert.equal(held[0]?.elsewhere, 0, 'no unfired timer has a job anyone else could run');

    // A survivor on the shared database: it unlocks nothing at start; it sees the victim go silent.
    const survivor = await startTimerWorker(t.database.connectionString);
    workers.push(survivor);
    await untilAllFired(t, timerIds, 'after the kill');
    const { rows: stillHeld } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by = ${victim.workerId}`.execute(
      t.ctx.db,
    );
    assert.equal(stillHeld[0]?.n, 0, 'the dead instance holds nothing');
    const { rows: beats } = await sql<{ worker_id: string }>`SELECT worker_id FROM worker_heartbeats`.execute(
      t.ctx.db,
    );
    assert.ok(!beats.some((beat) => beat.worker_id === victim.workerId), 'the dead instance is forgotten');
    assert.ok((await survivor.stop()) > 0, 'the survivor fired them');
    assertEachOnce(await breachesPerClock(t, caseIds), caseIds);
  });
});
