import type { Executor } from './db.ts';

/** Sessions are stored by the hash of their token, so a leaked table cannot log anyone in. */
export async function insertSession(
  db: Executor,
  session: { idHash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: session.idHash, user_id: session.userId, expires_at: session.expiresAt })
    .execute();
}

/** The user id behind a live session, or undefined when the session is unknown or expired. */
export async function findSessionUserId(
  db: Executor,
  idHash: string,
  now: Date,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select('user_id')
    .where('id', '=', idHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row?.user_id;
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', idHash).execute();
}

/**
 * Ends every session of a person, except `options.exceptIdHash` when given (the one they are using
 * as they change their own password); answers how many ended.
 */
export async function deleteUserSessions(
  db: Executor,
  userId: string,
  options: { exceptIdHash?: string | undefined } = {},
): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (options.exceptIdHash !== undefined) query = query.where('id', '<>', options.exceptIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
