import { recordAudit } from '../../store/audit.store.ts';
import { insertSuppression } from '../../store/email-suppression.store.ts';
import type { AppContext } from '../context.ts';
import { findAddressesOfToken } from './open-unsubscribe-link.ts';

export type UnsubscribeOutcome = { state: 'invalid' } | { state: 'unsubscribed'; addresses: string[] };

/**
 * Puts the addresses a link's email went to on the suppression list (reason `unsubscribed`): no
 * blast mails them again, and their emails still queued are suppressed at send time. Idempotent —
 * a second POST, or the one-click POST after the page's button, changes nothing more.
 */
export async function unsubscribe(
  ctx: AppContext,
  token: string,
  via: 'page' | 'one-click',
): Promise<UnsubscribeOutcome> {
  const addresses = await findAddressesOfToken(ctx, token);
  if (!addresses) return { state: 'invalid' };
  const at = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    for (const email of addresses) {
      const added = await insertSuppression(trx, { email, reason: 'unsubscribed', detail: via, at });
      if (added)
        await recordAudit(trx, {
          actorUserId: undefined,
          action: 'email.unsubscribed',
          subjectType: 'email_suppression',
          subjectId: email,
          details: { via },
        });
    }
  });
  return { state: 'unsubscribed', addresses };
}
