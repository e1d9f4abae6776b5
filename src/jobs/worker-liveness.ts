import os from 'node:os';
import type { Db } from '../store/db.ts';
import {
  beatAndListSilentWorkers,
  forceUnlockWorkers,
  forgetWorker,
  listUnknownLockHolders,
  releaseSilentWorkers,
} from '../store/worker-heartbeat.store.ts';

/** How often a worker pool says it is alive. */
export const HEARTBEAT_MS = 1000;
/**
 * Silence after which a pool counts as dead and its jobs go to the living. Five beats: a pool busy
 * enough to miss a few (a loaded machine) keeps its jobs; a dead one's timers resume within ~6 s.
 * Judging a slow pool dead costs a second run of its jobs, never a second side effect (each is
 * claimed on its own row).
 */
export const SILENT_AFTER_MS = 5000;
/** Locks held by pools without any heartbeat are looked for this often (it scans the jobs). */
const UNKNOWN_HOLDERS_EVERY = 30;

/** `stop`: after the runner has stopped (it returns this pool's leftover locks). */
export type WorkerLiveness = { stop(): Promise<void> };

/**
 * Keeps this pool's heartbeat and, on every beat, takes over the jobs of pools gone silent: with
 * several instances on one PostgreSQL, a SIGKILLed instance's locked jobs (and timers) run on a
 * survivor within seconds instead of graphile-worker's 4 hours.
 */
export function startWorkerLiveness(
  db: Db,
  workerId: string,
  options: { heartbeatMs?: number; silentAfterMs?: number } = {},
): WorkerLiveness {
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const silentAfterMs = options.silentAfterMs ?? SILENT_AFTER_MS;
  const here = { workerId, host: os.hostname(), pid: process.pid };
  let beats = 0;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const beat = async () => {
    const silent = await beatAndListSilentWorkers(db, here, silentAfterMs);
    const released =
      silent.length > 0
        ? await db.transaction().execute((trx) => releaseSilentWorkers(trx, silent, silentAfterMs))
        : [];
    if (beats++ % UNKNOWN_HOLDERS_EVERY === 0) {
      const unknown = await listUnknownLockHolders(db, silentAfterMs);
      await forceUnlockWorkers(db, unknown);
      released.push(...unknown);
    }
    if (released.length > 0)
      console.log(
        `[worker] Took over the jobs of ${released.length} worker(s) gone silent: ${released.join(', ')}.`,
      );
  };
  const tick = () => {
    // One beat at a time: a slow database delays the next beat rather than piling them up.
    running = running
      .then(beat)
      .catch((error: Error) =>
        console.error(`[worker] Heartbeat failed (${error.message}); trying again in ${heartbeatMs} ms.`),
      );
  };
  tick();
  const timer = setInterval(tick, heartbeatMs);
  timer.unref();
  return {
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(timer);
      await running;
      // Called once the runner stopped: no job is in this pool's hands. graphile-worker 0.18.0 can
      // fail to return the jobs of its local queue at shutdown ("Cannot background something when
      // the queue is already released"), which would leave them locked with no heartbeat to expire.
      await forceUnlockWorkers(db, [workerId]).catch(() => {});
      await forgetWorker(db, workerId).catch(() => {});
    },
  };
}
