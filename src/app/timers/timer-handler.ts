import type { CaseTimer } from '../../core/timer/case-timer.ts';
import type { Executor } from '../../store/db.ts';
import type { AppContext } from '../context.ts';

/**
 * What a timer does when it fires, in the transaction that claimed it (app/timers/fire-case-timer.ts):
 * everything it writes — events, mail in the outbox, live messages — commits with the claim, once.
 */
export type TimerHandler = (ctx: AppContext, trx: Executor, timer: CaseTimer, now: Date) => Promise<void>;

/**
 * What several timers of one kind do when fired together (app/timers/fire-due-timers.ts), in the
 * transaction that claimed them and locked their cases: the same as the kind's TimerHandler for each,
 * in a few statements for all.
 */
export type TimerBatchHandler = (
  ctx: AppContext,
  trx: Executor,
  timers: readonly CaseTimer[],
  now: Date,
) => Promise<void>;
