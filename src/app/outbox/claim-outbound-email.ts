import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import {
  claimOutboundEmail as claim,
  claimOutboundEmails as claimMany,
  finishOutboundEmail,
} from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';

/** A claimed email: `claimedAt` is set, and fences every later write of this attempt. */
export type ClaimedEmail = OutboundEmail & { claimedAt: Date };

export type Claim = { state: 'claimed'; email: ClaimedEmail } | { state: 'taken' } | { state: 'suppressed' };

/**
 * Takes a queued email for sending, atomically: `taken` means another worker has it, or it is no
 * longer queued (sent, held, failed) — the caller must not send. Right after the claim, and in the
 * same transaction, the suppression list is read again: an address that unsubscribed or bounced
 * since the email was queued makes it `suppressed`, and it is never sent (a retry of a kept mail too).
 */
export async function claimOutboundEmail(ctx: AppContext, id: string): Promise<Claim> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const email = await claim(trx, id, now);
    if (!email) return { state: 'taken' };
    const key = suppressionKey(email.toAddress);
    const decision = decideSend((await findSuppressions(trx, [key])).get(key));
    if (decision.send) return { state: 'claimed', email: { ...email, claimedAt: now } };
    await finishOutboundEmail(
      trx,
      { id, claimedAt: now },
      { status: 'suppressed', error: `the address ${decision.reason}` },
    );
    return { state: 'suppressed' };
  });
}

/**
 * Claims many queued emails at once (see claimOutboundEmail), in one transaction with one read of
 * the suppression list: returns those claimed for sending; the suppressed ones are recorded so.
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
      const decision = decideSend(suppressions.get(suppressionKey(email.toAddress)));
      if (decision.send) claimed.push({ ...email, claimedAt: now });
      else
        await finishOutboundEmail(
          trx,
          { id: email.id, claimedAt: now },
          { status: 'suppressed', error: `the address ${decision.reason}` },
        );
    }
    return claimed;
  });
}
