import type { OutboundEmailStatus } from '../mail/outbound-email.ts';

/** A survey sent to a list of customers, with what became of each row of the list. */
export type Blast = {
  id: string;
  surveyId: string;
  name: string;
  touchpointType: string;
  createdBy: string | undefined;
  createdAt: Date;
  /** Rows given: the CSV's data lines, or the JSON list's items. */
  recipients: number;
  /** Emails queued when the blast started. */
  queued: number;
  /** Rows whose address had unsubscribed or bounced before: nothing was queued for them. */
  skippedSuppressed: number;
  /** Rows refused: no or a bad address, a repeat, a customer conflict. */
  skippedInvalid: number;
};

/** Where a blast's emails are now, and how many of their rating requests were answered. */
export type BlastProgress = {
  emails: Record<OutboundEmailStatus, number>;
  answered: number;
  /** answered / (sent + held); undefined until an email has gone out. */
  responseRate: number | undefined;
};

/**
 * The share of delivered survey emails whose rating request was answered. Held emails count as
 * delivered: without SMTP the outbox is the delivery, and its links work when someone forwards them.
 *
 * @example computeResponseRate({ answered: 3, sent: 10, held: 0 }) // 0.3
 */
export function computeResponseRate(counts: {
  answered: number;
  sent: number;
  held: number;
}): number | undefined {
  const delivered = counts.sent + counts.held;
  if (delivered === 0) return undefined;
  return Math.min(1, counts.answered / delivered);
}
