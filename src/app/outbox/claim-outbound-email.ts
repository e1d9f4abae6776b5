import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { claimOutboundEmails as claimMany, finishOutboundEmail } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { announceMessageDelivery } from '../conversation/announce-message-delivery.ts';

/** A claimed email: `claimedAt` is set, and fences every later write of this attempt. */
export type ClaimedEmail = OutboundEmail & { claimedAt: Date };

/**
 * Takes queued emails for sending, atomically (queued → sending, dated: the claim fences every later
 * write of this attempt): an email another worker has, or that is no longer queued (sent, held,
 * failed), is not returned — the caller must not send it. Right after the claim, in the same
 * transaction, the suppression list is read again: an address that unsubscribed or bounced since the
 * email was queued makes it `suppressed`, and it is never sent (a retry of a kept mail neither; for
 * the kinds an unsubscribe stops: core/mail/suppression.ts#decideSend).
 */
export async function claimOutboundEmails(ctx: AppContext, ids: readonly string[]): Promise<ClaimedEmail[]> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const emails = await claimMany(trx, ids, now);
    if (emails.length === 0) return [];
    const suppressions = await findSuppressions(
      trx,
      emails.map((email) => suppressionKey(email.toAddress)),
    );
    const claimed: ClaimedEmail[] = [];
    for (const email of emails) {
      const decision = decideSend(suppressions.get(suppressionKey(email.toAddress)), email.kind);
      if (decision.send) claimed.push({ ...email, claimedAt: now });
      else {
        await finishOutboundEmail(
          trx,
          { id: email.id, claimedAt: now },
          { status: 'suppressed', error: `the address ${decision.reason}` },
        );
        await announceMessageDelivery(trx, email);
      }
    }
    return claimed;
  });
}
