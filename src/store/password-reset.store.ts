import type { Executor } from './db.ts';

export async function insertPasswordReset(
  db: Executor,
  reset: { userId: string; tokenHash: string; createdBy: string | undefined; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      user_id: reset.userId,
      token_hash: reset.tokenHash,
      created_by: reset.createdBy ?? null,
      expires_at: reset.expiresAt,
    })
    .execute();
}

/** Ends every unused link of a person (a newer link, or a password just chosen, replaces them). */
export async function retirePasswordResets(db: Executor, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/**
 * Uses a link: marks it used if it is unused and unexpired, and returns whose it is. No row means the
 * link is unknown, used (perhaps a moment ago by a concurrent request) or expired: a link works once.
 */
export async function claimPasswordReset(
  db: Executor,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string } | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('user_id')
    .executeTakeFirst();
  return row ? { userId: row.user_id } : undefined;
}
