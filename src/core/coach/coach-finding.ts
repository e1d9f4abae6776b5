/**
 * What the message coach can say about a draft to the customer. Each finding names an exact span of
 * the draft (UTF-16 offsets, as JavaScript strings and the browser's textarea count them), why it
 * matters, and a better wording. Suggestions only: nothing here ever stops a message being sent.
 */
export const COACH_KINDS = [
  'blame',
  'nothing_i_can_do',
  'unbacked_date',
  'unrecorded_fault',
  'public_apology',
  'no_apology',
  'no_next_step',
] as const;
export type CoachKind = (typeof COACH_KINDS)[number];

/** Where the draft will go: a private email (the default), the case's status page, or a public social reply. */
export const COACH_CHANNELS = ['email', 'status_page', 'public'] as const;
export type CoachChannel = (typeof COACH_CHANNELS)[number];

export type CoachFinding = {
  kind: CoachKind;
  /** First UTF-16 code unit of the span. */
  start: number;
  /** One past the last UTF-16 code unit of the span. */
  end: number;
  reason: string;
  /** A better wording, or what to add; `replacement` is set when it can replace the span as it stands. */
  suggestion: string;
  replacement?: string;
};

/** What the case tells the coach. Plain inputs: the caller reads them from the case and its promises. */
export type CoachContext = {
  channel: CoachChannel;
  /** No message has gone to the customer on this case yet: this one should apologise. */
  firstReply: boolean;
  /** The case records a fault on our side, so admitting it is right. */
  recordedFault: boolean;
  /** The due dates of the case's open promises made with certainty. */
  certainPromiseDates: readonly Date[];
  /** When the draft is written: "tomorrow" and "Friday" are read from here. */
  now: Date;
  /** The zone dates are read and compared in (the business's); UTC when absent. */
  timeZone?: string;
};

/** Longest draft the coach reads: a long email, well past what a reply needs. */
export const MAX_COACHED_TEXT = 20_000;
