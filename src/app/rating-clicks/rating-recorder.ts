import { ratingLinksExpireAt } from '../../core/rating/rating-window.ts';
import { BURST_GAP_MS } from '../../core/rating/scanner-burst.ts';
import type { Click, ClickOutcome } from '../../store/rating-answer.store.ts';
import { recordClicks } from '../../store/rating-answer.store.ts';
import type { AppContext } from '../context.ts';
import { RecoveryCheckRelay } from '../recovery/recovery-check-relay.ts';

type Pending = { click: Click; resolve(outcome: ClickOutcome): void; reject(error: unknown): void };

/** Most clicks written in one transaction; bigger batches wait for the next round. */
const MAX_BATCH = 1000;
/**
 * One batch written at a time: the next fills while this one commits. Measured on 2 cores, one in
 * flight beat two or three (3,550 vs 3,080 and 2,300 clicks/s at 100 connections): batches grow
 * larger, so the database does less work per click, and no two batches of one instance contend.
 */
const MAX_IN_FLIGHT = 1;
/** A deadlock between two instances' batches is retried, not shown to a customer. */
const DEADLOCK = '40P01';

/**
 * Group commit for rating clicks. A click waits only while a batch is already being written; then
 * everything that queued meanwhile is written in one transaction, and each click is answered after
 * that commit — so every 2xx is a durable row, and under load thousands of clicks share a commit
 * instead of each paying for its own. At low load a click is written at once, alone.
 */
export class RatingRecorder {
  readonly #ctx: AppContext;
  readonly #relay: RecoveryCheckRelay;
  #queue: Pending[] = [];
  #inFlight = 0;
  #idle: (() => void) | undefined;

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
    this.#relay = new RecoveryCheckRelay(ctx);
  }

  record(click: Click): Promise<ClickOutcome> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ click, resolve, reject });
      this.#pump();
    });
  }

  /**
   * Resolves once every queued click has been written and the recovery checks they made due are
   * queued (for a clean shutdown, and tests).
   */
  async drain(): Promise<void> {
    if (this.#queue.length > 0 || this.#inFlight > 0)
      await new Promise<void>((resolve) => {
        this.#idle = resolve;
      });
    await this.#relay.drain();
  }

  #pump(): void {
    while (this.#inFlight < MAX_IN_FLIGHT && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      this.#inFlight++;
      void this.#write(batch);
    }
  }

  async #write(batch: Pending[]): Promise<void> {
    let answer: () => void;
    try {
      const outcomes = await this.#record(batch.map((p) => p.click));
      if (outcomes.some((o) => o.recorded && o.checkDue)) this.#relay.request();
      answer = () => {
        for (const [i, pending] of batch.entries()) pending.resolve(outcomes[i] ?? { recorded: false });
      };
    } catch (error) {
      answer = () => {
        for (const pending of batch) pending.reject(error);
      };
    }
    // The next batch goes to the database first; this one's answers are written on the next turn of
    // the event loop. Answering first kept PostgreSQL idle while dozens of responses went out
    // (measured: batches took twice their time under load).
    this.#inFlight--;
    this.#pump();
    setImmediate(() => {
      answer();
      if (this.#queue.length === 0 && this.#inFlight === 0) this.#idle?.();
    });
  }

  async #record(clicks: Click[], attempt = 1): Promise<ClickOutcome[]> {
    const now = this.#ctx.now();
    // A first answer opens the change window; later answers leave the expiry where it is.
    const changeUntil = ratingLinksExpireAt({ createdAt: now, firstAnsweredAt: now });
    try {
      // One statement, its own transaction: answers, due recovery checks and the live message together.
      return await recordClicks(this.#ctx.pool, clicks, {
        now,
        changeUntil,
        runSince: new Date(now.getTime() - BURST_GAP_MS),
      });
    } catch (error) {
      if ((error as { code?: string }).code === DEADLOCK && attempt < 3)
        return this.#record(clicks, attempt + 1);
      throw error;
    }
  }
}
