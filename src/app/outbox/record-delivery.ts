import { nextAttemptAt } from '../../core/mail/delivery-attempts.ts';
import type { Delivery } from '../../core/mail/outbound-email.ts';
import { suppressionKey } from '../../core/mail/suppression.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import type { Trx } from '../../store/db.ts';
import { insertSuppression } from '../../store/email-suppression.store.ts';
import { queueRowJobs, SEND_EMAIL } from '../../store/job.store.ts';
import { publishLive } from '../../store/live.store.ts';
import {
  type EmailClaim,
  finishOutboundEmail,
  saveComposedEmails,
} from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { announceMessageDelivery } from '../conversation/announce-message-delivery.ts';
import type { ClaimedEmail } from './claim-outbound-email.ts';

/** A composed mail as it is kept: what the outbox shows and what was handed to the SMTP server. */
export type ComposedEmail = {
  subject: string;
  text: string;
  html: string;
  /** The extra headers (List-Unsubscribe, …); From, To, Subject and Message-ID have their own fields. */
  headers: Record<string, string>;
  messageId: string;
  from: { name: string; address: string };
  toName: string;
  /** The mail's Date: kept, so a re-send after a crash is the same mail. */
  composedAt: Date;
};

/**
 * Keeps claimed emails' content before any is handed over, so a crash mid-send leaves the very mail
 * that may have left (see core/mail/delivery-attempts.ts): one statement for the batch. Returns the
 * ids kept; one missing was taken over by a sweep that judged its attempt dead — send it not.
 */
export function recordComposedEmails(
  ctx: AppContext,
  emails: readonly { claim: EmailClaim; composed: ComposedEmail }[],
): Promise<Set<string>> {
  return saveComposedEmails(ctx.db, emails);
}

/** What recordDelivery did: final (`sent`, `held`, `failed`), or queued again for a later attempt. */
export type Recorded = 'sent' | 'held' | 'failed' | 'retry-later' | 'not-ours';

/**
 * Records what became of a claimed email. `sent` and `held` are final. `bounced` fails the email
 * and suppresses the address for good, in one transaction. `retry` puts it back in the queue with a
 * send job at the backoff's next time (core/mail/delivery-attempts.ts), keeping what was composed,
 * so the next attempt sends the same mail — or, after the last attempt, fails it. A failure for
 * good of a mail about a case is told on that case's timeline (`delivery_failed`).
 */
export async function recordDelivery(
  ctx: AppContext,
  email: Pick<ClaimedEmail, 'id' | 'claimedAt' | 'toAddress' | 'attempts' | 'caseId' | 'kind'>,
  delivery: Delivery,
): Promise<Recorded> {
  const recorded = await record(ctx, email, delivery);
  // A case's timeline shows its messages' delivery (a failure for good tells the case itself).
  if (recorded !== 'failed' && recorded !== 'not-ours') await announceMessageDelivery(ctx.db, email);
  return recorded;
}

async function record(
  ctx: AppContext,
  email: Pick<ClaimedEmail, 'id' | 'claimedAt' | 'toAddress' | 'attempts' | 'caseId'>,
  delivery: Delivery,
): Promise<Recorded> {
  const now = ctx.now();
  const claim = { id: email.id, claimedAt: email.claimedAt };
  const moved = (done: boolean, recorded: Recorded): Recorded => (done ? recorded : 'not-ours');
  switch (delivery.state) {
    case 'sent':
      return moved(await finishOutboundEmail(ctx.db, claim, { status: 'sent', sentAt: now }), 'sent');
    case 'held':
      return moved(await finishOutboundEmail(ctx.db, claim, { status: 'held' }), 'held');
    case 'retry': {
      const next = nextAttemptAt(email.attempts, now);
      if (!next) return failForGood(ctx, email, `${delivery.error} (after ${email.attempts} attempts)`);
      return ctx.db.transaction().execute(async (trx) => {
        if (!(await finishOutboundEmail(trx, claim, { status: 'queued', error: delivery.error })))
          return 'not-ours';
        await queueRowJobs(trx, SEND_EMAIL, [email.id], next);
        return 'retry-later';
      });
    }
    case 'failed':
      return failForGood(ctx, email, delivery.error);
    case 'bounced':
      return failForGood(ctx, email, delivery.error, async (trx) => {
        await insertSuppression(trx, {
          email: suppressionKey(email.toAddress),
          reason: 'bounced',
          detail: delivery.error,
          at: now,
        });
      });
  }
}

/**
 * Fails a claimed email whose mail could not be composed: what it was about is gone. Not told on a
 * case: nothing went wrong with the delivery, the reason to send vanished.
 */
export async function recordNotComposed(
  ctx: AppContext,
  email: EmailClaim & Pick<ClaimedEmail, 'kind' | 'caseId'>,
  reason: string,
): Promise<void> {
  if (await finishOutboundEmail(ctx.db, email, { status: 'failed', error: reason }))
    await announceMessageDelivery(ctx.db, email);
}

async function failForGood(
  ctx: AppContext,
  email: Pick<ClaimedEmail, 'id' | 'claimedAt' | 'toAddress' | 'caseId'>,
  error: string,
  more?: (trx: Trx) => Promise<void>,
): Promise<Recorded> {
  return ctx.db.transaction().execute(async (trx) => {
    const claim = { id: email.id, claimedAt: email.claimedAt };
    if (!(await finishOutboundEmail(trx, claim, { status: 'failed', error }))) return 'not-ours';
    await more?.(trx);
    await tellCaseOfFailure(trx, email, error, ctx.now());
    return 'failed';
  });
}

/** Appends `delivery_failed` to the email's case, if it has one, and tells the consoles. */
export async function tellCaseOfFailure(
  trx: Trx,
  email: Pick<ClaimedEmail, 'id' | 'toAddress' | 'caseId'>,
  error: string,
  at: Date,
): Promise<void> {
  if (!email.caseId) return;
  await appendCaseEvents(
    trx,
    email.caseId,
    [
      {
        kind: 'delivery_failed',
        actorUserId: undefined,
        body: undefined,
        data: { emailId: email.id, to: email.toAddress, error },
      },
    ],
    at,
  );
  await publishLive(trx, { type: 'case.changed', caseId: email.caseId });
}
