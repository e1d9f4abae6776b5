import { randomUUID } from 'node:crypto';
import { insertInboundEmails, type RawInboundEmail } from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';
import type { InboundArrival } from './accept-inbound-email.ts';

type Pending = {
  id: string;
  arrival: InboundArrival;
  receivedAt: Date;
  settle(): void;
  fail(e: unknown): void;
};

/**
 * One batch written at a time: the next fills while this one commits. Measured with
 * `npm run bench -- mail-in` (8 senders): 2 or 4 in flight made smaller batches, more commits and
 * slower answers than 1.
 */
const MAX_IN_FLIGHT = 1;
/** Most messages stored by one statement; more wait for the next. */
const MAX_BATCH = 200;
/** Raw bytes stored by one statement, together; a batch closes early past it (one big mail goes alone). */
const MAX_BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Group commit for mail taken over SMTP (as the rating recorder does clicks): while one batch is
 * being stored the next queues, and each batch is one statement and one commit for every message
 * in it, so concurrent SMTP sessions share a WAL flush instead of each paying for its own. A lone
 * message is stored at once. Each `accept` resolves only after its batch committed — the listener
 * answers 250 then, never before — and rejects when it did not (the sender hears 451 and retries).
 *
 * Once stored, the batch's mails go to `handOff` (the worker's processor in this process), bytes and
 * all, so they need not be read back; the `received` status is their durable note, so a crash in
 * between leaves them to the worker's sweep at its next start (or its cron). Without a hand-off (a
 * process that runs no worker), each message's processing job is queued in the same statement.
 */
export class InboundAcceptor {
  readonly #ctx: AppContext;
  readonly #handOff: ((mails: RawInboundEmail[]) => void) | undefined;
  #queue: Pending[] = [];
  #inFlight = 0;

  constructor(ctx: AppContext, options: { handOff?: ((mails: RawInboundEmail[]) => void) | undefined } = {}) {
    this.#ctx = ctx;
    this.#handOff = options.handOff;
  }

  /** Messages waiting for the batch in flight to commit before theirs is written (tests watch it). */
  get queued(): number {
    return this.#queue.length;
  }

  /** Stores one message durably; resolves with its id once committed. For the SMTP listener's `accept`. */
  accept = (arrival: InboundArrival): Promise<{ id: string }> => {
    if (arrival.mailbox) throw new Error('a message from an IMAP mailbox goes through acceptInboundEmail');
    const id = randomUUID();
    return new Promise((settle, fail) => {
      this.#queue.push({
        id,
        arrival,
        receivedAt: this.#ctx.now(),
        settle: () => settle({ id }),
        fail,
      });
      void this.#write();
    });
  };

  async #write(): Promise<void> {
    if (this.#inFlight >= MAX_IN_FLIGHT || this.#queue.length === 0) return;
    this.#inFlight++;
    const batch = this.#take();
    try {
      await insertInboundEmails(
        this.#ctx.db,
        batch.map(({ id, arrival, receivedAt }) => ({
          id,
          raw: arrival.raw,
          source: arrival.source,
          envelopeFrom: arrival.envelopeFrom,
          envelopeTo: arrival.envelopeTo,
          remoteAddress: arrival.remoteAddress,
          helo: arrival.helo,
          receivedAt,
        })),
        { queueJobs: this.#handOff === undefined },
      );
      for (const pending of batch) pending.settle();
    } catch (error) {
      for (const pending of batch) pending.fail(error);
      return;
    } finally {
      this.#inFlight--;
      void this.#write();
    }
    // Stored: whatever the hand-off does, the senders hear 250 (the sweep covers a hand-off that fails).
    try {
      this.#handOff?.(
        batch.map(({ id, arrival }) => ({
          id,
          status: 'received',
          raw: arrival.raw,
          envelopeFrom: arrival.envelopeFrom,
          envelopeTo: arrival.envelopeTo,
          remoteAddress: arrival.remoteAddress,
          helo: arrival.helo,
        })),
      );
    } catch (error) {
      console.error(
        `[mail in] Handing stored mail to processing failed (${String(error)}); the worker's sweep takes it.`,
      );
    }
  }

  #take(): Pending[] {
    let bytes = 0;
    let count = 0;
    for (const pending of this.#queue) {
      bytes += pending.arrival.raw.byteLength;
      if (count > 0 && (count >= MAX_BATCH || bytes > MAX_BATCH_BYTES)) break;
      count++;
    }
    return this.#queue.splice(0, count);
  }
}
