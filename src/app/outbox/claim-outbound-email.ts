import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { claimOutboundEmail as claim, finishOutboundEmail } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { announceMessageDelivery } from '../conversation/announce-message-delivery.ts';

export type Claim = { state: 'claimed'; email: OutboundEmail } | { state: 'taken' } | { state: 'suppressed' };

/**
 * Takes a queued email for sending, atomically: `taken` means another worker has it, or it is no
 * longer queued (sent, held, failed) — the caller must not send. Right after the claim, and in the
 * same transaction, the suppression list is read again: an address that unsubscribed or bounced
 * since the email was queued makes it `suppressed`, and it is never sent (for the kinds an unsubscribe
 * stops: core/mail/suppression.ts#decideSend).
 */
export async function claimOutboundEmail(ctx: AppContext, id: string): Promise<Claim> {
  return ctx.db.transaction().execute(async (trx) => {
    const email = await claim(trx, id);
    if (!email) return { state: 'taken' };
    const key = suppressionKey(email.toAddress);
    const decision = decideSend((await findSuppressions(trx, [key])).get(key), email.kind);
    if (decision.send) return { state: 'claimed', email };
    await finishOutboundEmail(trx, id, { status: 'suppressed', error: `the address ${decision.reason}` });
    await announceMessageDelivery(trx, email);
    return { state: 'suppressed' };
  });
}
