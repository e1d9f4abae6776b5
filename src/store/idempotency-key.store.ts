import type { IdempotencyKeyRef, IdempotentAttempt } from '../core/idempotency/idempotency-key.ts';
import type { Executor } from './db.ts';

/**
 * Claims a key for a request; false when it is already claimed. A concurrent claim of the same key
 * waits on the primary key until this one commits, then finds it taken: only one request creates.
 */
export async function claimIdempotencyKey(
  db: Executor,
  claim: IdempotencyKeyRef & { requestHash: string; now: Date },
): Promise<boolean> {
  const inserted = await db
    .insertInto('idempotency_keys')
    .values({ scope: claim.scope, key: claim.key, request_hash: claim.requestHash, created_at: claim.now })
    .onConflict((conflict) => conflict.columns(['scope', 'key']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows) === 1;
}

export async function findIdempotentAttempt(
  db: Executor,
  ref: IdempotencyKeyRef,
): Promise<IdempotentAttempt | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'answer_status', 'answer_body'])
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    requestHash: row.request_hash,
    answer:
      row.answer_status === null ? undefined : { status: row.answer_status, body: row.answer_body ?? '' },
  };
}

export async function recordIdempotentAnswer(
  db: Executor,
  ref: IdempotencyKeyRef & { status: number; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ answer_status: ref.status, answer_body: ref.body })
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .execute();
}

export async function deleteIdempotencyKey(db: Executor, ref: IdempotencyKeyRef): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('scope', '=', ref.scope)
    .where('key', '=', ref.key)
    .where('answer_status', 'is', null)
    .execute();
}

export async function deleteIdempotencyKeysBefore(db: Executor, before: Date): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
