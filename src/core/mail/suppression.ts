import { normalizeEmail } from '../team/user.ts';
import type { OutboundEmailKind } from './outbound-email.ts';

/** Why an address is never mailed again: the person asked, or their server refused it for good. */
export const SUPPRESSION_REASONS = ['unsubscribed', 'bounced'] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/** The suppression list's key for an address: one person, one entry, whatever the capitals. */
export function suppressionKey(address: string): string {
  return normalizeEmail(address);
}

export type SendDecision = { send: true } | { send: false; reason: SuppressionReason };

/**
 * Whether a mail may go to an address, given its entry in the suppression list (if any). Asked
 * when a blast is started and again right before each send, because a person may unsubscribe
 * from the first mail while the rest of the list is still queued.
 *
 * A bounce stops every kind: the address does not work. An unsubscribe stops survey emails, and
 * only them: that is what its link says. A `case-message` is the business answering the customer's
 * own complaint, one-on-one, and staying silent would be the worst answer; a case alert, a password
 * link or a test a person sent themselves is mail they asked for by working here.
 *
 * @example decideSend({ reason: 'unsubscribed' }, 'case-message') // { send: true }
 */
export function decideSend(
  suppression: { reason: SuppressionReason } | undefined,
  kind: OutboundEmailKind,
): SendDecision {
  if (!suppression) return { send: true };
  if (suppression.reason === 'unsubscribed' && kind !== 'survey') return { send: true };
  return { send: false, reason: suppression.reason };
}

/** What a failed SMTP attempt means for the mail and for its address. */
export type FailureVerdict = 'bounced' | 'failed' | 'retry';

/**
 * Reads an SMTP failure (nodemailer's error: the reply code and the command it answered).
 * - `bounced`: a 5xx reply to RCPT TO — this recipient is refused for good (no such mailbox):
 *   the mail fails and the address is suppressed.
 * - `failed`: a 5xx reply to DATA — this message is refused for good (content, size, policy):
 *   no retry, but the address stays mailable.
 * - `retry`: everything else — 4xx replies (greylisting, a full queue), a lost connection, and 5xx
 *   replies to AUTH or MAIL FROM, which speak about our configuration, not about the recipient
 *   (a wrong password must not mark a whole list as bounced).
 *
 * @example classifySmtpFailure({ responseCode: 550, command: 'RCPT TO' }) // 'bounced'
 */
export function classifySmtpFailure(error: { responseCode?: number; command?: string }): FailureVerdict {
  const code = error.responseCode;
  if (code === undefined || code < 500 || code > 599) return 'retry';
  if (error.command === 'RCPT TO') return 'bounced';
  if (error.command === 'DATA') return 'failed';
  return 'retry';
}
