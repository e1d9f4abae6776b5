import type { MessageDelivery } from '../conversation/case-message.ts';

/** What can appear on a case's timeline. The timeline is append-only: events are never edited. */
export const CASE_EVENT_KINDS = [
  'created',
  'assigned',
  'handed_off',
  'status_changed',
  'note',
  'message_in',
  'message_out',
  'feedback',
  /** The customer's own words replaced a placeholder story; `data.previous` keeps what it said before. */
  'story_told',
  /**
   * A mail about the case could not be delivered, for good (refused, or every retry failed):
   * `data` is { emailId, to, error }, so the owner knows the customer or colleague did not get it.
   */
  'delivery_failed',
  /**
   * One of the case's clocks ran out (core/case/case-clocks.ts): `data` is { clock, dueAt }. For
   * `update` (the void: the customer has heard nothing for a whole cadence) the owner is nudged.
   */
  'clock_breached',
  /**
   * The follow-up after a resolution went (core/follow-up): `data` is { resolutionNumber, emailId,
   * ratingRequestId, taskId, to } (emailId undefined when the customer could not be mailed).
   */
  'follow_up_sent',
  /**
   * Tasks on the case (core/task/case-task.ts), internal like notes: `data` is { taskId, kind } and,
   * for a help task, { assigneeUserId?, assigneeTeamId?, assigneeTeamName?, dueAt? }. `task_created`: someone was asked
   * (the body says what); `task_commented`: the body is the comment; `task_overdue`: its due time
   * passed while open (the assignee and the owner are nudged); `task_done`: the body is the outcome.
   */
  'task_created',
  'task_commented',
  /** Someone in the team a task was asked of made it theirs: `data` is { taskId, kind }. */
  'task_taken',
  'task_overdue',
  'task_done',
  /**
   * Another case of the customer's is linked to this one: `data` is { caseId, caseNumber, relation }
   * — `followed_by` on the old case when a late reply opened a new one, `follows` on the new case.
   */
  'case_linked',
  /**
   * The promise ledger (core/promise/promise.ts): `data` is { promiseId, what, dueAt, confidence,
   * customerVisible } and, for a renegotiation's new promise, `replacesId`. `promise_at_risk`: 75 % of
   * its time gone while open (the owner is alerted); `promise_broken`: its due time passed while open,
   * or someone said so (the owner and a supervisor are alerted when Amends broke it).
   */
  'promise_made',
  'promise_kept',
  'promise_broken',
  'promise_renegotiated',
  'promise_at_risk',
  /** The owner recorded a fault on our side (the body says what went wrong): the coach stops asking. */
  'fault_recorded',
  /**
   * Amends (core/amends): `data` is { gestureId, kind, label, amountMinor?, currency? } and, for a
   * request, its `reasons`; for a decision the supervisor's reason is the body; for issued the
   * `reference` (and `code`); for failed the `error`.
   */
  'amends_requested',
  'amends_approved',
  'amends_declined',
  'amends_issued',
  'amends_failed',
  /**
   * Knock-on needs (core/knock-on): `issue_type_set`: data { issueTypeId?, name?, previousName?, needs }
   * (no issueTypeId: the type was cleared). A need answered: data { needId, label } and the owner's
   * words in the body — `need_referred` (a referral task: + taskId, partnerName, partnerContact?),
   * `need_noted` (no partner: the owner looks after it), `need_not_needed`.
   */
  'issue_type_set',
  'need_referred',
  'need_noted',
  'need_not_needed',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export type CaseEvent = {
  id: number;
  caseId: string;
  kind: CaseEventKind;
  actorUserId: string | undefined;
  body: string | undefined;
  data: Record<string, unknown>;
  at: Date;
  /** A `message_out`'s way to the customer (its outbound email), when read with the timeline. */
  delivery?: MessageDelivery | undefined;
};

/** An event about to be appended (the store assigns id and time). */
export type NewCaseEvent = Omit<CaseEvent, 'id' | 'at' | 'caseId' | 'delivery'>;
