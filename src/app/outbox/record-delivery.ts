import type { Delivery, OutboundEmail } from '../../core/mail/outbound-email.ts';
import { suppressionKey } from '../../core/mail/suppression.ts';
import { insertSuppression } from '../../store/email-suppression.store.ts';
import { finishOutboundEmail, saveComposedEmail } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { announceMessageDelivery } from '../conversation/announce-message-delivery.ts';

/** A composed mail as it is kept: what the outbox shows and what was handed to the SMTP server. */
export type ComposedEmail = {
  subject: string;
  text: string;
  html: string;
  /** The extra headers (List-Unsubscribe, …); From, To, Subject and Message-ID have their own fields. */
  headers: Record<string, string>;
  messageId: string;
};

/** Keeps a claimed email's content before it is handed over, so even a crash mid-send leaves a record. */
export async function recordComposedEmail(
  ctx: AppContext,
  id: string,
  composed: ComposedEmail,
): Promise<void> {
  await saveComposedEmail(ctx.db, id, composed);
}

/**
 * Records what became of a claimed email. `sent` and `held` are final. `bounced` fails the email
 * and suppresses the address for good, in one transaction. `retry` puts it back in the queue for
 * the job's next attempt — unless this was the last attempt, which fails it with the last error.
 */
export async function recordDelivery(
  ctx: AppContext,
  email: { id: string; toAddress: string } & Partial<Pick<OutboundEmail, 'kind' | 'caseId'>>,
  delivery: Delivery,
  options: { lastAttempt: boolean } = { lastAttempt: false },
): Promise<void> {
  await record(ctx, email, delivery, options);
  // A case's timeline shows its messages' delivery: tell the consoles once it is recorded.
  await announceMessageDelivery(ctx.db, email);
}

async function record(
  ctx: AppContext,
  email: { id: string; toAddress: string },
  delivery: Delivery,
  options: { lastAttempt: boolean },
): Promise<void> {
  const now = ctx.now();
  switch (delivery.state) {
    case 'sent':
      return finishOutboundEmail(ctx.db, email.id, { status: 'sent', sentAt: now });
    case 'held':
      return finishOutboundEmail(ctx.db, email.id, { status: 'held' });
    case 'failed':
      return finishOutboundEmail(ctx.db, email.id, { status: 'failed', error: delivery.error });
    case 'retry':
      return finishOutboundEmail(ctx.db, email.id, {
        status: options.lastAttempt ? 'failed' : 'queued',
        error: delivery.error,
      });
    case 'bounced':
      return ctx.db.transaction().execute(async (trx) => {
        await finishOutboundEmail(trx, email.id, { status: 'failed', error: delivery.error });
        await insertSuppression(trx, {
          email: suppressionKey(email.toAddress),
          reason: 'bounced',
          detail: delivery.error,
          at: now,
        });
      });
  }
}
