import type { TimerKind } from '../../core/timer/case-timer.ts';
import { onClockDue, onClocksDue } from './on-clock-due.ts';
import { onFollowUpDue } from './on-follow-up-due.ts';
import { onPromiseAtRisk, onPromiseDue } from './on-promise-timer.ts';
import { onTaskDue } from './on-task-due.ts';
import { onUpdateDue } from './on-update-due.ts';
import type { TimerBatchHandler, TimerHandler } from './timer-handler.ts';

/** Each kind of timer's action. */
export const TIMER_HANDLERS: Record<TimerKind, TimerHandler> = {
  acknowledge_due: onClockDue('acknowledge'),
  update_due: onUpdateDue,
  resolve_due: onClockDue('resolve'),
  promise_at_risk: onPromiseAtRisk,
  promise_due: onPromiseDue,
  follow_up_due: onFollowUpDue,
  task_due: onTaskDue,
};

/**
 * Kinds that can act on many timers in a few statements (app/timers/fire-due-timers.ts); the others
 * fire one by one within the batch.
 */
export const TIMER_BATCH_HANDLERS: Partial<Record<TimerKind, TimerBatchHandler>> = {
  acknowledge_due: onClocksDue('acknowledge'),
  resolve_due: onClocksDue('resolve'),
};
