import type { CaseClocks } from './case-clocks.ts';
import type { CaseStatus } from './case-status.ts';
import type { Channel } from './channel.ts';
import type { Severity } from './severity.ts';

/** A recovery case: one customer, one story, exactly one accountable owner from open to close. */
export type Case = {
  id: string;
  /** Human-facing number, e.g. 1042, for saying on the phone ("case 1042"). */
  number: number;
  customerId: string;
  teamId: string | undefined;
  title: string;
  /** The customer's story, captured once so nobody asks them to repeat it. */
  story: string;
  severity: Severity;
  channel: Channel;
  status: CaseStatus;
  ownerId: string;
  handoffCount: number;
  reopenCount: number;
  createdBy: string | undefined;
  /** What went wrong is about, e.g. delivery 4471; feedback on it attaches to this case. */
  touchpoint: { type: string; ref: string } | undefined;
  openedAt: Date;
  waitingSince: Date;
  acknowledgedAt: Date | undefined;
  resolvedAt: Date | undefined;
  closedAt: Date | undefined;
  updatedAt: Date;
  /** The story is a placeholder ("has not said more yet") until the customer's own words arrive. */
  storyAwaitsCustomer: boolean;
  /** When the owner first opened the case since it became theirs; undefined: not yet. */
  ownerSeenAt: Date | undefined;
  /** Names the case's private status page (core/case/case-links.ts); replaced when the link is revoked. */
  statusKey: string;
  /** Names the case's reply address (core/case/case-links.ts); stable for the case's life. */
  replyKey: string;
  /** Since when a customer's message waits for an answer; undefined: none waits. */
  unansweredSince: Date | undefined;
  /** When the customer last heard from us: the latest customer-visible message. */
  lastMessageOutAt: Date | undefined;
  /** When the case was last reopened; undefined: never. */
  reopenedAt: Date | undefined;
  /** When each of its clocks breaks (core/case/case-clocks.ts); undefined where one does not run. */
  clocks: CaseClocks;
};
