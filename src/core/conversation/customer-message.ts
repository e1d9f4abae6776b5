import type { CaseStatus } from '../case/case-status.ts';

/** Where a customer's message reached the case: a reply by email, or the case's status page. */
export const MESSAGE_CHANNELS = ['email', 'status_page'] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** The longest message kept on a timeline, in characters; an email's whole raw text is kept beside it. */
export const MAX_MESSAGE_LENGTH = 20_000;

/**
 * A customer who writes to a resolved or closed case is telling us it is not over: the case reopens
 * (counted, so a fix that did not hold shows in the figures), rather than their words landing on a
 * case nobody looks at.
 */
export function reopensOnCustomerMessage(status: CaseStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/**
 * Since when the customer has waited for an answer after writing: their first unanswered message
 * starts the wait, later ones do not restart it, and a message to them ends it (null).
 */
export function unansweredSinceAfter(
  message: 'from_customer' | 'to_customer',
  current: Date | undefined,
  now: Date,
): Date | undefined {
  if (message === 'to_customer') return undefined;
  return current ?? now;
}
