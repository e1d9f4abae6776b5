import type { CaseClock } from '../../core/case/case-clocks.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { TimerHandler } from './timer-handler.ts';

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
