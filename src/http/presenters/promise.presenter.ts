import { z } from 'zod';
import { type CasePromise, PROMISE_CONFIDENCES, PROMISE_STATES } from '../../core/promise/promise.ts';

export const promiseSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    what: z.string(),
    dueAt: z.iso.datetime(),
    confidence: z.enum(PROMISE_CONFIDENCES),
    customerVisible: z.boolean(),
    state: z.enum(PROMISE_STATES),
    madeAt: z.iso.datetime(),
    madeBy: z.uuid().nullable(),
    settledAt: z.iso.datetime().nullable(),
    /** Null when Amends settled it (broken by its due time passing). */
    settledBy: z.uuid().nullable(),
    /** The promise this one replaced when it was renegotiated. */
    replacesId: z.uuid().nullable(),
  })
  .meta({ id: 'Promise' });

export function presentPromise(promise: CasePromise): z.infer<typeof promiseSchema> {
  return {
    id: promise.id,
    caseId: promise.caseId,
    what: promise.what,
    dueAt: promise.dueAt.toISOString(),
    confidence: promise.confidence,
    customerVisible: promise.customerVisible,
    state: promise.state,
    madeAt: promise.madeAt.toISOString(),
    madeBy: promise.madeBy ?? null,
    settledAt: promise.settledAt?.toISOString() ?? null,
    settledBy: promise.settledBy ?? null,
    replacesId: promise.replacesId ?? null,
  };
}
