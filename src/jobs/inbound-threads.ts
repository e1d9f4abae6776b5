import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { AppContext } from '../app/context.ts';
import { queueWaitingInboundEmails } from '../app/inbound/queue-waiting-inbound-emails.ts';
import type { RawInboundEmail } from '../store/inbound-email.store.ts';
import type { FromInboundThread, InboundThreadData, ToInboundThread } from './inbound-thread.ts';

/** Where the SMTP listener's acceptor hands stored mail (app/inbound/inbound-acceptor.ts). */
export type InboundHandOff = {
  /** Starts the processors now (else at the first mail), resolving once they are ready. */
  start(): Promise<void>;
  enqueue(mails: RawInboundEmail[]): void;
  /** Resolves once everything handed over so far is processed (or handed to its job). */
  drain(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Processing threads. One: measured on 2 cores (`npm run bench -- mail-in`), two threads split the
 * batches in halves, each paying its statements for half the mail, and threaded fewer mails a second
 * (ratio 0.35 against 0.42). A machine with cores to spare may try more; a sender stays on one.
 */
const THREADS = 1;

type Slot = { worker: Worker; ready: Promise<void>; drains: (() => void)[] };

/**
 * Processes stored mail in threads of their own (jobs/inbound-thread.ts): reading a mail (postal-mime,
 * mailauth, the sanitiser, the visible reply) and threading it is most of what a mail costs, and on
 * the thread that answers SMTP it delayed every session's replies — each SMTP command waits its turn
 * on that thread (measured with `npm run bench -- mail-in`). One sender's mail always goes to the same
 * thread (by MAIL FROM), so their mails are threaded in the order they came. Started by `start` (the
 * runtime does when it takes mail by SMTP) or at the first mail, so a process that takes none pays
 * nothing. Should a thread die, the mail it had stays `received` and gets its job here (the durable
 * path), and the next mail starts a new thread.
 */
export function inboundThreads(
  ctx: AppContext,
  options: { resolverModule?: string | undefined } = {},
): InboundHandOff {
  const slots: (Slot | undefined)[] = Array.from({ length: THREADS }, () => undefined);
  let stopping = false;

  const open = (index: number): Slot => {
    const existing = slots[index];
    if (existing) return existing;
    const worker = new Worker(new URL('./inbound-thread.ts', import.meta.url), {
      workerData: {
        connectionString: ctx.connectionString,
        sessionDays: ctx.sessionDays,
        publicUrl: ctx.publicUrl,
        replyMailbox: ctx.replyMailbox,
        resolverModule: options.resolverModule,
      } satisfies InboundThreadData,
    });
    const slot: Slot = { worker, ready: Promise.resolve(), drains: [] };
    slot.ready = new Promise<void>((resolve) => {
      worker.on('message', (message: FromInboundThread) => {
        if (message.type === 'ready') resolve();
        if (message.type === 'drained') for (const done of slot.drains.splice(0)) done();
      });
      worker.once('exit', () => resolve());
    });
    worker.on('error', (error) => console.error(`[mail in] An inbound thread failed: ${error.message}`));
    worker.on('exit', () => {
      if (slots[index] === slot) slots[index] = undefined;
      for (const done of slot.drains.splice(0)) done();
      if (!stopping)
        void queueWaitingInboundEmails(ctx, { all: true }).catch((error: Error) =>
          console.error(
            `[mail in] Queuing the jobs of unprocessed mail failed (${error.message}); the cron retries.`,
          ),
        );
    });
    slots[index] = slot;
    return slot;
  };

  const slotOf = (mail: RawInboundEmail) =>
    createHash('sha1')
      .update((mail.envelopeFrom ?? '').toLowerCase())
      .digest()
      .readUInt32BE(0) % THREADS;

  return {
    async start() {
      if (stopping) return;
      await Promise.all(slots.map((_, index) => open(index).ready));
    },
    enqueue(mails) {
      if (stopping) return;
      const bySlot = Map.groupBy(mails, slotOf);
      for (const [index, group] of bySlot)
        open(index).worker.postMessage({ type: 'mails', mails: group } satisfies ToInboundThread);
    },
    async drain() {
      await Promise.all(
        slots.map(async (slot) => {
          if (!slot) return;
          const drained = new Promise<void>((resolve) => slot.drains.push(resolve));
          slot.worker.postMessage({ type: 'drain' } satisfies ToInboundThread);
          await drained;
        }),
      );
    },
    async stop() {
      stopping = true;
      await Promise.all(
        slots.map(async (slot) => {
          if (!slot) return;
          const exited = new Promise<void>((resolve) => slot.worker.once('exit', () => resolve()));
          slot.worker.postMessage({ type: 'stop' } satisfies ToInboundThread);
          await exited;
        }),
      );
    },
  };
}
