import { sql } from 'kysely';
import type { Executor } from './db.ts';

/**
 * Claims one unused code of the pool for the gesture, in the caller's transaction: the row is taken
 * with SKIP LOCKED so concurrent issues each get a different code without waiting, and the unique
 * gesture_id means a code can never be set twice. Undefined: the pool is empty.
 */
export async function claimCode(
  db: Executor,
  gestureTypeId: string,
  gestureId: string,
  now: Date,
): Promise<string | undefined> {
  const { rows } = await sql<{ code: string }>`
    UPDATE amend_codes SET gesture_id = ${gestureId}, claimed_at = ${now}
    WHERE id = (
      SELECT id FROM amend_codes
      WHERE gesture_type_id = ${gestureTypeId} AND gesture_id IS NULL
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
      -- Re-checked on the row itself: a code is never re-assigned, whatever the plan does.
      AND gesture_id IS NULL
    RETURNING code
  `.execute(db);
  return rows[0]?.code;
}

/** Adds codes to a pool; ones already in it are left alone. Returns how many were new. */
export async function addCodes(
  db: Executor,
  gestureTypeId: string,
  codes: readonly string[],
  uploadedBy: string,
  now: Date,
): Promise<number> {
  if (codes.length === 0) return 0;
  const rows = await db
    .insertInto('amend_codes')
    .values(
      codes.map((code) => ({
        gesture_type_id: gestureTypeId,
        code,
        uploaded_by: uploadedBy,
        uploaded_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['gesture_type_id', 'code']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

export type PoolCount = { gestureTypeId: string; total: number; unused: number };

export async function countCodePools(db: Executor): Promise<PoolCount[]> {
  const rows = await db
    .selectFrom('amend_codes')
    .select([
      'gesture_type_id',
      (eb) => eb.fn.countAll<string>().as('total'),
      sql<string>`count(*) FILTER (WHERE gesture_id IS NULL)`.as('unused'),
    ])
    .groupBy('gesture_type_id')
    .execute();
  return rows.map((row) => ({
    gestureTypeId: row.gesture_type_id,
    total: Number(row.total),
    unused: Number(row.unused),
  }));
}
