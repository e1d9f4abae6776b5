import { relayDueRecoveryChecks } from '../../store/recovery-check.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Least time between two relays of one instance. A relay costs about as much database time as the
 * add_jobs call it replaces in a click batch (~1 ms); under load batches commit every few
 * milliseconds, so relays share them out: at most ten a second, and a check waits at most this long
 * to be queued.
 */
const GAP_MS = 100;

/**
 * Queues the recovery checks that click batches note as due (store/recovery-check.store.ts), soon
 * after they are noted: the first request runs at once, later ones share the next run, one at a time.
 * A relay that fails leaves its notes in place for the next one, or for the worker's cron
 * (`relay-recovery-checks`, every minute), which also covers a process that died in between.
 */
export class RecoveryCheckRelay {
  readonly #ctx: AppContext;
  #running: Promise<void> | undefined;
  #again = false;
  #lastStartedAt = Number.NEGATIVE_INFINITY;

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
  }

  request(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#run().finally(() => {
      this.#running = undefined;
      if (this.#again) this.request();
    });
  }

  /** Resolves once no relay is running or asked for (for a clean shutdown, and tests). */
  async drain(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async #run(): Promise<void> {
    const wait = this.#lastStartedAt + GAP_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.#lastStartedAt = Date.now();
    // Notes committed before this point are taken by this run: only a later request needs another.
    this.#again = false;
    try {
      await relayDueRecoveryChecks(this.#ctx.db, this.#ctx.recoveryHoldMs);
    } catch (error) {
      console.error(
        `[ratings] Queuing recovery checks failed (${(error as Error).message}); the worker's cron retries within a minute.`,
      );
    }
  }
}
