import type { CaseClock } from '../../core/case/case-clocks.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents, appendEventsToCases } from '../../store/case-event.store.ts';
import { publishLive, publishLiveMessages } from '../../store/live.store.ts';
import type { TimerBatchHandler, TimerHandler } from './timer-handler.ts';

/** A case clock ran out: the timeline says so and the owner's console is told live. */
export function onClockDue(clock: CaseClock): TimerHandler {
  return async (_ctx, trx, timer) => {
    const current = await lockCaseById(trx, timer.caseId);
    if (!current) return;
    await appendCaseEvents(
      trx,
      current.id,
      [
        {
          kind: 'clock_breached',
          actorUserId: undefined,
          body: undefined,
          data: { clock, dueAt: timer.dueAt.toISOString() },
        },
      ],
      timer.dueAt,
    );
    await publishLive(trx, { type: 'case.changed', caseId: current.id });
  };
}

/** onClockDue for many timers of one clock, their cases locked by the claim: two statements. */
export function onClocksDue(clock: CaseClock): TimerBatchHandler {
  return async (_ctx, trx, timers, now) => {
    if (timers.length === 0) return;
    await appendEventsToCases(
      trx,
      timers.map((timer) => ({
        caseId: timer.caseId,
        at: timer.dueAt,
        event: {
          kind: 'clock_breached',
          actorUserId: undefined,
          body: undefined,
          data: { clock, dueAt: timer.dueAt.toISOString() },
        },
      })),
      now,
    );
    await publishLiveMessages(
      trx,
      [...new Set(timers.map((timer) => timer.caseId))].map((caseId) => ({ type: 'case.changed', caseId })),
    );
  };
}
