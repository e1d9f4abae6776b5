import { verifyStatusToken } from '../../core/case/case-links.ts';
import { findStatusReplyProblem } from '../../core/case/status-page.ts';
import { toStorableText } from '../../core/shared/storable-text.ts';
import { lockCaseByStatusKey } from '../../store/case.store.ts';
import type { AppContext } from '../context.ts';
import { appendCustomerMessage } from '../conversation/append-customer-message.ts';

export type StatusReplyOutcome =
  | { state: 'sent' }
  | { state: 'invalid' }
  /** Nothing written; `reason` is a sentence for the customer, shown beside the box with their text. */
  | { state: 'rejected'; reason: string };

/**
 * The customer writes back on their status page: a `message_in` (channel `status_page`) on the case
 * the link names, which reopens a resolved or closed case and alerts the owner live
 * (app/conversation/append-customer-message.ts). The words are kept as text — rendered escaped
 * wherever they appear — and a NUL or lone surrogate in them becomes U+FFFD rather than losing them,
 * as with a rating comment.
 */
export async function replyOnStatusPage(
  ctx: AppContext,
  token: string,
  text: string,
): Promise<StatusReplyOutcome> {
  const statusKey = verifyStatusToken(ctx.linkSecret, token);
  if (!statusKey) return { state: 'invalid' };
  const body = toStorableText(text).trim();
  const problem = findStatusReplyProblem(body);
  if (problem) return { state: 'rejected', reason: problem };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    // Locked by its key: a link replaced while this reply was on its way takes nothing.
    const found = await lockCaseByStatusKey(trx, statusKey);
    if (!found) return { state: 'invalid' } as const;
    await appendCustomerMessage(trx, now, { caseId: found.id, body, channel: 'status_page' });
    return { state: 'sent' } as const;
  });
}
