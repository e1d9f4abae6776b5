/**
 * `npm run bench -- timers`: durable case timers at volume (issue 11's Speed).
 *
 * 1. A throwaway embedded PostgreSQL, migrated; `--cases` cases (SQL), each with two clock timers
 *    (acknowledge, resolve): 100,000 timers by default.
 * 2. A worker in its own process, as `npm start` runs it on the embedded database
 *    (test/support/timer-worker-process.ts --only-process). Idle first: the database's transactions
 *    per second and the worker's CPU while nothing is due.
 * 3. Run 1: every timer scheduled (scheduleCaseTimers, batches of 2,000) due within `--window`
 *    seconds starting `--lead` seconds later. Each fires through the real path: its graphile-worker
 *    job, the claim on its row, the clock's handler (a `clock_breached` event on the case's timeline,
 *    a live message), so the timeline is the ledger: a timer that fired twice has two events for its
 *    due time. Lateness is `fired_at` (the moment of the claim) minus `due_at`.
 * 4. Run 2: every timer moved to a new window; when half have fired the worker is SIGKILLed and
 *    started again at once (its start releases the dead one's job locks, as on the embedded
 *    database). Resumed after: the first timer fired after the kill, minus the kill.
 * 5. bench/results/timers.json; a summary on stdout for the README.
 *
 * Options: --cases=50001 --window=60 --lead=90 (scheduling 100,000 takes about a minute) --poll=MS --local-queue=N --concurrency=N
 * --timer-batch=N --complete-batch=MS (the worker's; defaults: src/jobs/worker.ts's) --survivor (run 2
 * with a second instance beside the first, which takes over instead of a restart) --no-kill (run 1 only) --out=FILE (another results file,
 * for comparing settings).
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import { createAppContext } from '../src/app/context.ts';
import type { TimerKind } from '../src/core/timer/case-timer.ts';
import { scheduleCaseTimers } from '../src/store/case-timer.store.ts';
import { createDb, type Db } from '../src/store/db.ts';
import { buildCustomer, buildUser } from '../test/support/factories.ts';
import { startTimerWorker, type TimerWorker } from '../test/support/timer-workers.ts';
import { startBenchDatabase } from './support/bench-database.ts';
import { serverTicks } from './support/read-cost.ts';

/** The clocks whose breach is always on the timeline (the update clock's waits for a reply owed). */
const KINDS: TimerKind[] = ['acknowledge_due', 'resolve_due'];
const BATCH = 2000;

function option(args: string[], name: string): string | undefined {
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

/** CPU seconds (user + system) a process has used, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(fields[11]) + Number(fields[12]);
  return ticks / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
}

async function commits(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`
    SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Every timer moved into [start, start + window): the order of the cases shuffled into the window. */
async function scheduleAll(db: Db, caseIds: string[], start: number, windowMs: number): Promise<number> {
  const began = Date.now();
  const timers = caseIds.flatMap((caseId) => KINDS.map((kind) => ({ caseId, kind, subjectId: undefined })));
  for (let i = 0; i < timers.length; i += BATCH)
    await scheduleCaseTimers(
      db,
      timers
        .slice(i, i + BATCH)
        .map((timer) => ({ ...timer, dueAt: new Date(start + Math.random() * windowMs) })),
    );
  return Date.now() - began;
}

type Progress = { fired: number; unfired: number };
/** Counted on the unfired timers' index, so that watching costs the database little. */
async function progress(db: Db, timers: number): Promise<Progress> {
  const { rows } = await sql<{ unfired: number }>`
    SELECT count(*)::int AS unfired FROM case_timers WHERE fired_at IS NULL`.execute(db);
  const unfired = rows[0]?.unfired ?? timers;
  return { fired: timers - unfired, unfired };
}

/** CPU milliseconds of the worker process and of the whole database server (/proc ticks of 10 ms). */
function cpuMs(workerPid: number, postmasterPid: number): { worker: number; database: number } {
  return { worker: cpuSeconds(workerPid) * 1000, database: serverTicks(postmasterPid) * 10 };
}

/** Waits until every timer fired, or until nothing fired for `quietMs` after the window closed. */
async function untilSettled(
  db: Db,
  timers: number,
  windowEnd: number,
  quietMs = 30_000,
  onProgress?: (p: Progress) => Promise<void>,
) {
  let last = -1;
  let lastChange = Date.now();
  for (;;) {
    const p = await progress(db, timers);
    if (onProgress) await onProgress(p);
    if (p.unfired === 0) return p;
    if (p.fired !== last) {
      last = p.fired;
      lastChange = Date.now();
    } else if (Date.now() > windowEnd && Date.now() - lastChange > quietMs) return p;
    await delay(100);
  }
}

/** Lateness of the timers due in [from, to), and how the ledger (the timelines) saw them fire. */
async function measure(db: Db, from: Date, to: Date) {
  const { rows } = await sql<{
    timers: number;
    missed: number;
    p50: number;
    p99: number;
    max: number;
    first_due: Date;
    last_fired: Date;
  }>`
    SELECT count(*)::int AS timers, (count(*) - count(fired_at))::int AS missed,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - due_at) * 1000) AS p50,
           percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM fired_at - due_at) * 1000) AS p99,
           max(extract(epoch FROM fired_at - due_at) * 1000)::float AS max,
           min(due_at) AS first_due, max(fired_at) AS last_fired
    FROM case_timers WHERE due_at >= ${from} AND due_at < ${to}`.execute(db);
  const { rows: ledger } = await sql<{ fires: number; doubled: number }>`
    SELECT coalesce(sum(n), 0)::int AS fires, count(*) FILTER (WHERE n > 1)::int AS doubled FROM (
      SELECT count(*) AS n FROM case_events
      WHERE kind = 'clock_breached' AND (data->>'dueAt')::timestamptz >= ${from} AND (data->>'dueAt')::timestamptz < ${to}
      GROUP BY case_id, data->>'clock', data->>'dueAt') per_timer`.execute(db);
  const row = rows[0];
  const fires = ledger[0];
  if (!row || !fires) throw new Error('nothing measured');
  const seconds = (row.last_fired.getTime() - row.first_due.getTime()) / 1000;
  return {
    timers: row.timers,
    missed: row.missed,
    duplicates: fires.doubled,
    ledger_fires: fires.fires,
    fired_per_s: Math.round((row.timers - row.missed) / seconds),
    lateness_p50_ms: Math.round(Number(row.p50)),
    lateness_p99_ms: Math.round(Number(row.p99)),
    lateness_max_ms: Math.round(Number(row.max)),
  };
}

export async function main(args: string[]) {
  const cases = Number(option(args, 'cases') ?? 50_001);
  const windowMs = Number(option(args, 'window') ?? 60) * 1000;
  const leadMs = Number(option(args, 'lead') ?? 90) * 1000;
  const workerFlags = [
    '--only-process',
    ...['poll', 'local-queue', 'concurrency', 'timer-batch', 'complete-batch'].flatMap((name) => {
      const value = option(args, name);
      return value === undefined ? [] : [`--${name}=${value}`];
    }),
  ];
  const kill = !args.includes('--no-kill');
  const survive = args.includes('--survivor');
  const out = path.resolve(option(args, 'out') ?? path.join(import.meta.dirname, 'results/timers.json'));

  const database = await startBenchDatabase();
  const handle = createDb(database.connectionString, { max: 4 });
  const { db } = handle;
  let worker: TimerWorker | undefined;
  try {
    const ctx = await createAppContext({
      database: handle,
      sessionDays: 14,
      publicUrl: 'http://amends.test',
    });
    const owner = await buildUser(ctx, { role: 'admin' });
    const customer = await buildCustomer(ctx);
    await sql`
      INSERT INTO cases (customer_id, title, story, severity, channel, status, owner_id)
      SELECT ${customer.id}, 'Order ' || n || ' arrived broken', 'The parcel arrived crushed.', 'critical', 'email', 'open', ${owner.id}
      FROM generate_series(1, ${cases}) n`.execute(db);
    const caseIds = (await db.selectFrom('cases').select('id').orderBy('number').execute()).map(
      (row) => row.id,
    );
    const timers = caseIds.length * KINDS.length;
    console.log(
      `${caseIds.length.toLocaleString('en')} cases, ${timers.toLocaleString('en')} timers; worker ${workerFlags.join(' ')}`,
    );

    worker = await startTimerWorker(database.connectionString, workerFlags);
    const lastOutput = () => worker?.output() ?? '';
    // Idle: nothing due. The database's transactions (ours: two reads) and the worker's CPU over 10 s.
    await delay(3000);
    const idleStart = { commits: await commits(db), cpu: cpuSeconds(worker.child.pid ?? 0), at: Date.now() };
    await delay(10_000);
    const idleSeconds = (Date.now() - idleStart.at) / 1000;
    const idle = {
      idle_db_transactions_per_s:
        Math.round((((await commits(db)) - idleStart.commits - 1) / idleSeconds) * 10) / 10,
      idle_worker_cpu_percent:
        Math.round(((cpuSeconds(worker.child.pid ?? 0) - idleStart.cpu) / idleSeconds) * 1000) / 10,
    };
    console.log(
      `Idle: ${idle.idle_db_transactions_per_s} database transactions/s, worker CPU ${idle.idle_worker_cpu_percent} %`,
    );

    // Run 1: no interruption.
    const start1 = Date.now() + leadMs;
    const scheduling1 = await scheduleAll(db, caseIds, start1, windowMs);
    console.log(`Run 1: scheduled in ${(scheduling1 / 1000).toFixed(1)} s (lead ${leadMs / 1000} s)`);
    if (Date.now() > start1)
      console.log('  (scheduling overran the lead: the first timers were due before they were all in)');
    const cpuBefore = cpuMs(worker.child.pid ?? 0, database.postmasterPid);
    await untilSettled(db, timers, start1 + windowMs);
    const cpuAfter = cpuMs(worker.child.pid ?? 0, database.postmasterPid);
    const cpu_ms_per_timer = {
      worker: Math.round(((cpuAfter.worker - cpuBefore.worker) / timers) * 1000) / 1000,
      database: Math.round(((cpuAfter.database - cpuBefore.database) / timers) * 1000) / 1000,
    };
    const load1 = os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
    const run1 = await measure(db, new Date(start1), new Date(start1 + windowMs));
    console.log(`Run 1 (load ${load1}):`, run1, 'CPU ms per timer', cpu_ms_per_timer);

    // Run 2: SIGKILLed when half have fired, started again at once.
    let resume:
      | {
          killed_at_fired: number;
          resume_after_kill_ms: number;
          restart_ready_ms: number;
          dead_locks_released_ms: number;
          survivor: boolean;
        }
      | undefined;
    let run2: Awaited<ReturnType<typeof measure>> | undefined;
    let load2: string | undefined;
    if (kill) {
      const start2 = Math.max(Date.now(), start1 + windowMs) + leadMs;
      const scheduling2 = await scheduleAll(db, caseIds, start2, windowMs);
      console.log(`Run 2: scheduled in ${(scheduling2 / 1000).toFixed(1)} s`);
      let killedAt: number | undefined;
      let killedAtFired = 0;
      let readyAt = 0;
      let deadId: string | undefined;
      let releasedAt: number | undefined;
      // --survivor: a second instance on the same database (shared mode: it unlocks nothing at
      // start) runs beside the first, and takes over when the first dies; no restart.
      const survivor = survive
        ? await startTimerWorker(
            database.connectionString,
            workerFlags.filter((flag) => flag !== '--only-process'),
          )
        : undefined;
      await untilSettled(db, timers, start2 + windowMs, 30_000, async (p) => {
        if (killedAt !== undefined && releasedAt === undefined) {
          const { rows } = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE locked_by = ${deadId ?? ''}`.execute(
            db,
          );
          if (rows[0]?.n === 0) releasedAt = Date.now();
        }
        if (killedAt !== undefined || p.fired < timers / 2 || !worker) return;
        const dead = worker;
        deadId = dead.workerId;
        killedAt = Date.now();
        killedAtFired = p.fired;
        await dead.kill();
        worker = survivor ?? (await startTimerWorker(database.connectionString, workerFlags));
        readyAt = Date.now();
        console.log(
          `  killed at ${p.fired.toLocaleString('en')} fired; ${survivor ? 'survivor in place' : 'started again'} after ${readyAt - killedAt} ms`,
        );
      });
      if (killedAt === undefined) throw new Error('run 2 ended before half had fired');
      const { rows } = await sql<{ first: Date | null }>`
        SELECT min(fired_at) AS first FROM case_timers WHERE fired_at > ${new Date(killedAt)}`.execute(db);
      const first = rows[0]?.first;
      resume = {
        killed_at_fired: killedAtFired,
        resume_after_kill_ms: first ? first.getTime() - killedAt : Number.NaN,
        restart_ready_ms: readyAt - killedAt,
        dead_locks_released_ms: releasedAt === undefined ? Number.NaN : releasedAt - killedAt,
        survivor: survive,
      };
      load2 = os
        .loadavg()
        .map((n) => n.toFixed(2))
        .join(' ');
      run2 = await measure(db, new Date(start2), new Date(start2 + windowMs));
      console.log(`Run 2 (load ${load2}):`, run2, resume);
    }
    const jobsRan = await worker.stop();
    console.log(`The last worker ran ${jobsRan.toLocaleString('en')} fire-case-timer jobs.`);
    if (args.includes('--worker-output')) console.log(lastOutput());
    worker = undefined;

    const results = {
      command: `npm run bench -- timers${args.length ? ` ${args.join(' ')}` : ''}`,
      timers: run1.timers,
      fired_per_s: run1.fired_per_s,
      lateness_p50_ms: run1.lateness_p50_ms,
      lateness_p99_ms: run1.lateness_p99_ms,
      lateness_max_ms: run1.lateness_max_ms,
      missed: run1.missed + (run2?.missed ?? 0),
      duplicates: run1.duplicates + (run2?.duplicates ?? 0),
      resume_after_kill_ms: resume?.resume_after_kill_ms ?? Number.NaN,
      window_s: windowMs / 1000,
      worker: workerFlags.join(' '),
      ...idle,
      run1: { ...run1, cpu_ms_per_timer, scheduling_ms: scheduling1, load: load1 },
      ...(run2 && resume && { run2_with_kill: { ...run2, ...resume, load: load2 } }),
      machine: { cores: os.cpus().length, node: process.version },
      at: new Date().toISOString(),
    };
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${path.relative(process.cwd(), out)}:`, JSON.stringify(results, null, 2));
  } finally {
    const alive: ChildProcess | undefined = worker?.child;
    if (alive && alive.exitCode === null) alive.kill('SIGKILL');
    await handle.db.destroy();
    await database.stop();
  }
}
