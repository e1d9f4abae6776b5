/**
 * What a case can be timed on. The case's own clocks (`acknowledge_due`, `update_due` — the void
 * timer — and `resolve_due`), a promise at risk (75 % of its time gone) and due, the follow-up after
 * resolution, a task's due time. One timer per case, kind and subject (a promise or task id) at
 * a time: scheduling it again moves it.
 */
export const TIMER_KINDS = [
  'acknowledge_due',
  'update_due',
  'resolve_due',
  'promise_at_risk',
  'promise_due',
  'follow_up_due',
  'task_due',
] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

export type CaseTimer = {
  id: string;
  caseId: string;
  kind: TimerKind;
  /** The promise or task the timer is about; undefined for the case's own clocks. */
  subjectId: string | undefined;
  dueAt: Date;
  firedAt: Date | undefined;
};

/** A timer to (re)schedule: the key (case, kind, subject) and when it is due. */
export type TimerSchedule = Pick<CaseTimer, 'caseId' | 'kind' | 'subjectId' | 'dueAt'>;
