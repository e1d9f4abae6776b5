import type { Executor } from './db.ts';

/**
 * Records a reset link and returns its id. `tokenHash` is undefined for a link that is to be mailed:
 * its secret is made when the mail is composed (issuePasswordResetSecret). `createdBy` is the admin
 * who made it, undefined when it was asked for on the sign-in page.
 */
export async function insertPasswordReset(
  db: Executor,
  reset: {
    userId: string;
    tokenHash: string | undefined;
    createdBy: string | undefined;
    createdAt: Date;
    expiresAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('password_resets')
    .values({
      user_id: reset.userId,
      token_hash: reset.tokenHash ?? null,
      created_by: reset.createdBy ?? null,
      created_at: reset.createdAt,
      expires_at: reset.expiresAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Gives a mailed link its secret (stored as this hash) when its mail is composed, if the link still
 * works: unused, not replaced, unexpired. A retried send gives it a new one (the earlier mail was not
 * delivered). Returns whose link it is, who made it and until when it works; undefined when it no
 * longer works.
 */
export async function issuePasswordResetSecret(
  db: Executor,
  id: string,
  tokenHash: string,
  now: Date,
): Promise<{ userId: string; createdBy: string | undefined; expiresAt: Date } | undefined> {
  const row = await db
    .updateTable('password_resets')
    .set({ token_hash: tokenHash })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id', 'created_by', 'expires_at'])
    .executeTakeFirst();
  return row
    ? { userId: row.user_id, createdBy: row.created_by ?? undefined, expiresAt: row.expires_at }
    : undefined;
}

/** How many links were asked for on the sign-in page for this person since then (no admin made them). */
export async function countForgottenPasswordResets(
  db: Executor,
  userId: string,
  since: Date,
): Promise<number> {
  const { count } = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('user_id', '=', userId)
    .where('created_by', 'is', null)
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(count);
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
