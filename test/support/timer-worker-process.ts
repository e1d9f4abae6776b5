/**
 * A worker alone in its own process, as each instance of `npm start` runs one: the timer tests run
 * three of them on one PostgreSQL, or SIGKILL one holding jobs and watch a survivor take them over;
 * bench/timers.ts kills and restarts one.
 *
 *   node test/support/timer-worker-process.ts <database url> [--only-process] [--poll=MS]
 *     [--local-queue=N] [--concurrency=N] [--timer-batch=N] [--complete-batch=MS]
 *
 * --only-process: the embedded database's case (no other process can run jobs on it), so at start
 * it releases every job lock a dead process left, as src/runtime/start.ts does. Without it, the
 * shared database's case: a dead instance's jobs come back through the heartbeats only.
 * Prints `worker ready <graphile worker id>`; on SIGTERM stops and prints `fired-jobs <n>`.
 */
import { EventEmitter } from 'node:events';
import type { WorkerEvents } from 'graphile-worker';
import { createAppContext } from '../../src/app/context.ts';
import { releaseDeadWorkersJobs, startWorker } from '../../src/jobs/worker.ts';
import { FIRE_CASE_TIMER } from '../../src/store/case-timer.store.ts';
import { createDb } from '../../src/store/db.ts';

const [databaseUrl, ...flags] = process.argv.slice(2);
if (!databaseUrl)
  throw new Error('usage: timer-worker-process.ts <database url> [--only-process] [--poll=MS] …');
const numberFlag = (name: string) => {
  const value = flags.find((flag) => flag.startsWith(`--${name}=`))?.split('=')[1];
  return value === undefined ? undefined : Number(value);
};
const onlyProcess = flags.includes('--only-process');

const database = createDb(databaseUrl);
const ctx = await createAppContext({ database, sessionDays: 14, publicUrl: 'http://amends.test' });
if (onlyProcess) await releaseDeadWorkersJobs(databaseUrl, database.db);
const events: WorkerEvents = new EventEmitter();
let fired = 0;
events.on('job:success', ({ job }) => {
  if (job.task_identifier === FIRE_CASE_TIMER) fired++;
});
const poll = numberFlag('poll');
const localQueueSize = numberFlag('local-queue');
const concurrency = numberFlag('concurrency');
const timerBatch = numberFlag('timer-batch');
const completeJobBatchDelay = numberFlag('complete-batch');
const worker = await startWorker(ctx, {
  onlyProcess,
  events,
  ...(poll !== undefined && { pollInterval: poll }),
  ...(localQueueSize !== undefined && { localQueueSize }),
  ...(concurrency !== undefined && { concurrency }),
  ...(timerBatch !== undefined && { timerBatch }),
  ...(completeJobBatchDelay !== undefined && { completeJobBatchDelay }),
});
console.log(`worker ready ${worker.workerId}`);

process.on('SIGTERM', () => {
  void (async () => {
    await worker.stop();
    await database.db.destroy();
    console.log(`fired-jobs ${fired}`);
    process.exit(0);
  })();
});
