import { createHash } from 'node:crypto';
import {
  assertIdempotencyKey,
  assertReplayable,
  type IdempotencyKeyRef,
  resolveRetry,
} from '../../core/idempotency/idempotency-key.ts';
import { claimIdempotencyKey, findIdempotentAttempt } from '../../store/idempotency-key.store.ts';
import type { AppContext } from '../context.ts';

export type IdempotentRequest = {
  /** The caller's user id: keys of different callers never meet. */
  scope: string;
  key: string;
  /** What makes two requests the same: method, path with query, and the validated body. */
  method: string;
  url: string;
  body: unknown;
};

export type IdempotentStart =
  | { kind: 'claimed'; ref: IdempotencyKeyRef }
  | { kind: 'replay'; status: number; body: string };

/**
 * Claims the key for this request, or gives the answer its first use got. Throws when the key is
 * malformed, came with another request, or its first request is still running. The claim commits
 * on its own, before the creation, so a concurrent twin sees it and creates nothing.
 */
export async function beginIdempotentRequest(
  ctx: AppContext,
  request: IdempotentRequest,
): Promise<IdempotentStart> {
  assertIdempotencyKey(request.key);
  const ref = { scope: request.scope, key: request.key };
  const requestHash = createHash('sha256')
    .update(JSON.stringify([request.method, request.url, request.body ?? null]))
    .digest('base64url');
  // Twice at most: a claim released between our insert and our read leaves the key free again.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await claimIdempotencyKey(ctx.db, { ...ref, requestHash, now: ctx.now() }))
      return { kind: 'claimed', ref };
    const existing = await findIdempotentAttempt(ctx.db, ref);
    if (!existing) continue;
    const outcome = resolveRetry(existing, requestHash);
    assertReplayable(outcome);
    return outcome;
  }
  // Claimed and released twice under our feet: another request is busy with this key.
  assertReplayable({ kind: 'in-progress' });
  throw new Error('unreachable');
}
