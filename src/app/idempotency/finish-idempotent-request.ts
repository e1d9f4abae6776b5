import type { IdempotencyKeyRef } from '../../core/idempotency/idempotency-key.ts';
import { deleteIdempotencyKey, recordIdempotentAnswer } from '../../store/idempotency-key.store.ts';
import type { AppContext } from '../context.ts';

/**
 * Keeps a successful answer for the key's retries. A refused or failed request changed nothing,
 * so its claim is released: the client may fix the request and send it again under the same key.
 */
export async function finishIdempotentRequest(
  ctx: AppContext,
  ref: IdempotencyKeyRef,
  answer: { status: number; body: string },
): Promise<void> {
  if (answer.status >= 200 && answer.status < 300)
    await recordIdempotentAnswer(ctx.db, { ...ref, ...answer });
  else await deleteIdempotencyKey(ctx.db, ref);
}
