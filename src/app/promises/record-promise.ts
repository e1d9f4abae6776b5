import type { Case } from '../../core/case/case.ts';
import { atRiskAt, type CasePromise, type PromiseTerms } from '../../core/promise/promise.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { scheduleCaseTimers } from '../../store/case-timer.store.ts';
import type { Executor } from '../../store/db.ts';
import { insertPromise } from '../../store/promise.store.ts';

/**
 * Writes a new open promise whose terms were checked, in the caller's transaction with its case
 * locked: the row, `promise_made` on the timeline, and its two timers (at risk at 75 % of its time,
 * due at its due time) keyed by the promise, so settling it can cancel exactly them.
 */
export async function recordPromise(
  trx: Executor,
  current: Pick<Case, 'id'>,
  terms: PromiseTerms,
  made: { at: Date; by: string | undefined; replacesId?: string | undefined },
): Promise<CasePromise> {
  const promise = await insertPromise(trx, {
    caseId: current.id,
    ...terms,
    madeAt: made.at,
    madeBy: made.by,
    replacesId: made.replacesId,
  });
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'promise_made',
        actorUserId: made.by,
        body: promise.what,
        data: {
          ...promiseEventData(promise),
          ...(promise.replacesId && { replacesId: promise.replacesId }),
        },
      },
    ],
    made.at,
  );
  await scheduleCaseTimers(trx, [
    {
      caseId: current.id,
      kind: 'promise_at_risk',
      subjectId: promise.id,
      dueAt: atRiskAt(promise.madeAt, promise.dueAt),
    },
    { caseId: current.id, kind: 'promise_due', subjectId: promise.id, dueAt: promise.dueAt },
  ]);
  return promise;
}

/** What every promise event on the timeline says about its promise. */
export function promiseEventData(promise: CasePromise): Record<string, unknown> {
  return {
    promiseId: promise.id,
    what: promise.what,
    dueAt: promise.dueAt.toISOString(),
    confidence: promise.confidence,
    customerVisible: promise.customerVisible,
  };
}
