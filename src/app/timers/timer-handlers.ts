import type { TimerKind } from '../../core/timer/case-timer.ts';
import { onClockDue } from './on-clock-due.ts';
import { onFollowUpDue } from './on-follow-up-due.ts';
import { onPromiseAtRisk, onPromiseDue } from './on-promise-timer.ts';
import { onUpdateDue } from './on-update-due.ts';
import type { TimerHandler } from './timer-handler.ts';

/** Each kind of timer's action. */
export const TIMER_HANDLERS: Record<TimerKind, TimerHandler> = {
  acknowledge_due: onClockDue('acknowledge'),
  update_due: onUpdateDue,
  resolve_due: onClockDue('resolve'),
  promise_at_risk: onPromiseAtRisk,
  promise_due: onPromiseDue,
  follow_up_due: onFollowUpDue,
};
