import type { OutboundEmailStatus } from '../mail/outbound-email.ts';

/**
 * `preparing`: the list is kept and a job is turning its rows into customers, rating requests and
 * queued mail, a batch at a time (mail of the first batches is already going out). `prepared`: every
 * row was queued, skipped or refused.
 */
export const BLAST_STATES = ['preparing', 'prepared'] as const;
export type BlastState = (typeof BLAST_STATES)[number];

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
  state: BlastState;
};

/**
 * How far the preparation of a blast is, 0 to 1: the rows queued, skipped or refused, of all rows.
 *
 * @example preparedShare({ recipients: 3000, queued: 1000, skippedSuppressed: 10, skippedInvalid: 490 }) // 0.5
 */
export function preparedShare(
  blast: Pick<Blast, 'recipients' | 'queued' | 'skippedSuppressed' | 'skippedInvalid'>,
): number {
  if (blast.recipients === 0) return 1;
  return Math.min(1, (blast.queued + blast.skippedSuppressed + blast.skippedInvalid) / blast.recipients);
}

/** Where a blast's emails are now, and how many of their rating requests were answered. */
export type BlastProgress = {
  emails: Record<OutboundEmailStatus, number>;
  answered: number;
  /** answered / sent; undefined until an email has been delivered. */
  responseRate: number | undefined;
};

/**
 * The share of delivered survey emails whose rating request was answered. A held email was never
 * delivered (no SMTP server took it; it waits in the local outbox), so it does not count: a blast
 * held whole has no response rate rather than a made-up one.
 *
 * @example computeResponseRate({ answered: 3, sent: 10 }) // 0.3
 */
export function computeResponseRate(counts: { answered: number; sent: number }): number | undefined {
  if (counts.sent === 0) return undefined;
  return Math.min(1, counts.answered / counts.sent);
}
