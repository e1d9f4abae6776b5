import { AppError } from '../../core/shared/app-error.ts';
import { normalizeEmail, type User } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { insertSession } from '../../store/session.store.ts';
import { findUserCredentials } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { decoyPasswordHash, hashSecret, newSecret, verifyPassword } from './secrets.ts';

export type LoggedIn = { user: User; sessionToken: string; expiresAt: Date };

/** Checks a password and opens a session. The same error for an unknown email and a wrong password. */
export async function logIn(ctx: AppContext, input: { email: string; password: string }): Promise<LoggedIn> {
  const found = await findUserCredentials(ctx.db, normalizeEmail(input.email));
  const hash = found?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(hash, input.password);
  if (!found?.passwordHash || !matches || !found.user.active) {
    throw new AppError('INVALID_CREDENTIALS', 'That email and password do not match an active account.');
  }
  const sessionToken = newSecret();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.sessionDays * 24 * 3600 * 1000);
  await ctx.db.transaction().execute(async (trx) => {
    await insertSession(trx, { idHash: hashSecret(sessionToken), userId: found.user.id, expiresAt });
    await recordAudit(trx, {
      actorUserId: found.user.id,
      action: 'session.created',
      subjectType: 'user',
      subjectId: found.user.id,
    });
  });
  return { user: found.user, sessionToken, expiresAt };
}
