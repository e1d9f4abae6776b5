import type { RawInboundEmail } from '../../store/inbound-email.store.ts';
import { PROCESS_INBOUND_EMAIL, queueRowJobs } from '../../store/job.store.ts';
import type { AppContext } from '../context.ts';
import {
  type InboundReader,
  type ReadEmail,
  readInboundEmails,
  settleInboundEmail,
  settleInboundEmails,
} from './process-inbound-email.ts';

/** Most mails read and settled together; more wait for the next batch. */
const MAX_BATCH = 100;
/**
 * Raw bytes kept in memory for mail waiting here; past it (a flood of big mails) only ids are kept
 * and the bytes are read back from the database when their turn comes.
 */
const MAX_WAITING_BYTES = 32 * 1024 * 1024;
/** A deadlock with another instance's batch (or a job) is retried once before the jobs take over. */
const DEADLOCK = '40P01';

/**
 * Processes the mail this process's SMTP listener stored (app/inbound/inbound-acceptor.ts hands the
 * ids over in memory), in batches: a batch is read (postal-mime, mailauth: CPU, no lock held) while
 * the one before it is settled in one transaction (app/inbound/process-inbound-email.ts), so the
 * reading and the database work overlap; under load the batches grow and each mail costs a few
 * statements' share, at low load a mail is processed alone at once.
 *
 * The `received` status is the durable note of a mail not yet processed: a batch that fails is
 * handed to the per-mail job (process-inbound-email: graphile-worker's retries with backoff, then
 * flagged for a person), and a mail this process never reached (it died) is queued by the worker's
 * sweep at the next start, or by its cron. A mail is threaded at most once whoever takes it: each
 * run locks it and acts only while it is still `received`.
 */
export class InboundProcessor {
  readonly #ctx: AppContext;
  readonly #read: InboundReader;
  #waiting: { id: string; stored: RawInboundEmail | undefined }[] = [];
  #waitingBytes = 0;
  #reading = false;
  #readBatch: ReadEmail[] | undefined;
  #settling = false;
  #idle: (() => void)[] = [];

  constructor(ctx: AppContext, read: InboundReader) {
    this.#ctx = ctx;
    this.#read = read;
  }

  /**
   * Takes stored mail: its id, or the mail as stored (its bytes then need not be read back). Never
   * throws (the sweep covers what this cannot do).
   */
  enqueue = (mails: readonly (string | RawInboundEmail)[]): void => {
    for (const mail of mails) {
      if (typeof mail === 'string') this.#waiting.push({ id: mail, stored: undefined });
      else if (this.#waitingBytes + mail.raw.byteLength > MAX_WAITING_BYTES)
        this.#waiting.push({ id: mail.id, stored: undefined });
      else {
        this.#waitingBytes += mail.raw.byteLength;
        this.#waiting.push({ id: mail.id, stored: mail });
      }
    }
    this.#pump();
  };

  /** Resolves once every mail handed over has been processed or handed to its job. */
  async drain(): Promise<void> {
    if (!this.#isIdle()) await new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  #isIdle(): boolean {
    return this.#waiting.length === 0 && !this.#reading && !this.#readBatch && !this.#settling;
  }

  #pump(): void {
    if (!this.#settling && this.#readBatch) {
      const batch = this.#readBatch;
      this.#readBatch = undefined;
      this.#settling = true;
      void this.#settle(batch).finally(() => {
        this.#settling = false;
        this.#pump();
      });
    }
    if (!this.#reading && !this.#readBatch && this.#waiting.length > 0) {
      const mails = this.#waiting.splice(0, MAX_BATCH);
      for (const { stored } of mails) this.#waitingBytes -= stored?.raw.byteLength ?? 0;
      this.#reading = true;
      void this.#readMails(mails).finally(() => {
        this.#reading = false;
        this.#pump();
      });
    }
    if (this.#isIdle()) for (const resolve of this.#idle.splice(0)) resolve();
  }

  async #readMails(mails: { id: string; stored: RawInboundEmail | undefined }[]): Promise<void> {
    const ids = mails.map((mail) => mail.id);
    try {
      this.#readBatch = await readInboundEmails(
        this.#ctx,
        ids,
        this.#read,
        mails.flatMap((mail) => mail.stored ?? []),
      );
    } catch (error) {
      await this.#toJobs(ids, error);
    }
  }

  async #settle(batch: ReadEmail[], attempt = 1): Promise<void> {
    let deferred: ReadEmail[];
    try {
      ({ deferred } = await settleInboundEmails(this.#ctx, batch));
    } catch (error) {
      if ((error as { code?: string }).code === DEADLOCK && attempt < 2)
        return this.#settle(batch, attempt + 1);
      return this.#toJobs(
        batch.map((email) => email.id),
        error,
      );
    }
    // Mails that open a case, each in its own transaction (a new customer and case take their own locks).
    for (const email of deferred)
      await settleInboundEmail(this.#ctx, email).catch((error: unknown) => this.#toJobs([email.id], error));
  }

  /** Hands mail this could not process to its durable job; should even that fail, the cron's sweep takes it. */
  async #toJobs(ids: string[], error: unknown): Promise<void> {
    console.error(
      `[mail in] Processing ${ids.length} mail(s) failed (${error instanceof Error ? error.message : String(error)}); their jobs retry.`,
    );
    await queueRowJobs(this.#ctx.db, PROCESS_INBOUND_EMAIL, ids).catch(() => {});
  }
}
