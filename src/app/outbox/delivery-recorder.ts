import type { Delivery } from '../../core/mail/outbound-email.ts';
import { finishOutboundEmails } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { announceMessageDelivery } from '../conversation/announce-message-delivery.ts';
import type { ClaimedEmail } from './claim-outbound-email.ts';
import { type Recorded, recordDelivery } from './record-delivery.ts';

/**
 * After a write, how long the next waits for company. A blast's deliveries come back a few a
 * millisecond; without the wait a commit recorded 2.3 of them (884 commits for 2,000 mails, each with
 * its statement, trigger and WAL flush), with it about ten, and PostgreSQL spent 0.6 instead of
 * 0.8–1.2 ms of CPU a mail (`npm run bench -- mail`). A lone delivery is still written at once.
 */
const LINGER_MS = 8;

type Waiting = {
  email: Pick<ClaimedEmail, 'id' | 'claimedAt' | 'kind' | 'caseId'>;
  state: 'sent' | 'held';
  at: Date;
  settle: (recorded: Recorded) => void;
  fail: (error: unknown) => void;
};

/**
 * Records deliveries as group commit (as the rating recorder does clicks): while one write is in
 * flight the next deliveries queue, and each write records all that queued, in one statement and
 * one commit. A lone delivery is written at once; after a write the next waits LINGER_MS, so that a
 * busy outbox commits ten deliveries at a time rather than two. Only `sent` and `held`
 * are grouped (the common case, thousands a minute in a blast); the rare failures and retries go
 * through recordDelivery one by one. A delivery's promise settles once its record is durable.
 */
export class DeliveryRecorder {
  readonly #ctx: AppContext;
  #waiting: Waiting[] = [];
  #writing = false;

  constructor(ctx: AppContext) {
    this.#ctx = ctx;
  }

  record(email: Parameters<typeof recordDelivery>[1], delivery: Delivery): Promise<Recorded> {
    if (delivery.state !== 'sent' && delivery.state !== 'held')
      return recordDelivery(this.#ctx, email, delivery);
    return new Promise((settle, fail) => {
      this.#waiting.push({ email, state: delivery.state, at: this.#ctx.now(), settle, fail });
      void this.#write();
    });
  }

  async #write(): Promise<void> {
    if (this.#writing || this.#waiting.length === 0) return;
    this.#writing = true;
    const batch = this.#waiting;
    this.#waiting = [];
    try {
      const moved = await finishOutboundEmails(
        this.#ctx.db,
        batch.map((w) => ({
          claim: { id: w.email.id, claimedAt: w.email.claimedAt },
          status: w.state,
          sentAt: w.state === 'sent' ? w.at : undefined,
        })),
      );
      // A case's timeline shows its messages' delivery: the consoles hear once it is durable.
      for (const w of batch) if (moved.has(w.email.id)) await announceMessageDelivery(this.#ctx.db, w.email);
      for (const w of batch) w.settle(moved.has(w.email.id) ? w.state : 'not-ours');
    } catch (error) {
      for (const w of batch) w.fail(error);
    } finally {
      setTimeout(() => {
        this.#writing = false;
        void this.#write();
      }, LINGER_MS);
    }
  }
}
