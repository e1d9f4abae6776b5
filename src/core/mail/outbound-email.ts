/** Where an outbound email is: queued → sending → sent (or held in the local outbox, or failed). */
export const OUTBOUND_EMAIL_STATUSES = ['queued', 'held', 'sending', 'sent', 'failed', 'suppressed'] as const;
export type OutboundEmailStatus = (typeof OUTBOUND_EMAIL_STATUSES)[number];

/** Which module composes the mail (src/mail/out/<kind>-email.ts). */
export const OUTBOUND_EMAIL_KINDS = [
  'survey',
  'survey-test',
  'case-alert',
  'password-reset',
  'case-message',
  /** The follow-up N business days after a resolution, with its recovery rating (mail/out/follow-up-email.ts). */
  'follow-up',
  /** A promise broke (its due time passed while open): to its case's owner and a supervisor. */
  'promise-broken',
  'update-nudge',
  /** A request for approval of amends, to each supervisor (composed when queued). */
  'amends-approval',
  /** A colleague asked this person (or their team) for help on a case (mail/out/task-asked-email.ts). */
  'task-asked',
  /** A help task ran past its due time while open: to whoever it is for and the case's owner. */
  'task-overdue',
] as const;
export type OutboundEmailKind = (typeof OUTBOUND_EMAIL_KINDS)[number];

/** One mail the product means to send, keyed by why it exists so it goes at most once. */
export type OutboundEmail = {
  id: string;
  /** e.g. `blast:<blast id>:<customer id>`: unique, so a retried blast cannot mail twice. */
  intentKey: string;
  kind: OutboundEmailKind;
  toAddress: string;
  /** Composed right before sending; undefined while queued. */
  subject: string | undefined;
  textBody: string | undefined;
  htmlBody: string | undefined;
  headers: Record<string, string>;
  status: OutboundEmailStatus;
  attempts: number;
  lastError: string | undefined;
  messageId: string | undefined;
  createdAt: Date;
  sentAt: Date | undefined;
  blastId: string | undefined;
  ratingRequestId: string | undefined;
  /** The case a case alert or a case message is about. */
  caseId: string | undefined;
  /** The password reset whose link a password-reset mail carries (its secret is made at send time). */
  passwordResetId: string | undefined;
  /** A case message's `message_out` event on the case's timeline. */
  caseEventId: number | undefined;
  /** The promise a promise-broken mail is about. */
  promiseId?: string | undefined;
  /** The help task a task-asked or task-overdue mail is about. */
  taskId?: string | undefined;
  /** When the current (or last) attempt claimed it: the fence of that attempt's writes. */
  claimedAt: Date | undefined;
  /**
   * When its content was kept for its hand-off to SMTP (the Date it carries). From then on every
   * attempt sends exactly this mail: see core/mail/delivery-attempts.ts.
   */
  composedAt: Date | undefined;
  /** The From of the kept mail, and the name its To carries. */
  from: { name: string; address: string } | undefined;
  toName: string | undefined;
};

/**
 * What became of one attempt to send: delivered to the SMTP server (`sent`), kept in the local
 * outbox because no server is configured (`held`), or failed — see classifySmtpFailure for
 * `bounced`, `failed` and `retry`.
 */
export type Delivery =
  | { state: 'sent' }
  | { state: 'held' }
  | { state: 'bounced' | 'failed' | 'retry'; error: string };
