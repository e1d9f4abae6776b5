import { AppError } from '../../core/shared/app-error.ts';
import { type Actor, normalizeEmail, type User } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { deleteUserSessions } from '../../store/session.store.ts';
import { findUserCredentials, updateUser } from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import { hashPassword } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';

/**
 * Gives a person a new password, found by email, and ends every session they have (whoever knew the
 * old password is signed out). Admins only; `actor` is undefined for the system itself (the CLI a
 * locked-out admin runs on the server).
 */
export async function resetPassword(
  ctx: AppContext,
  actor: Actor | undefined,
  input: { email: string; password: string },
): Promise<User> {
  if (actor) assertRole(actor, 'admin');
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findUserCredentials(trx, email);
    if (!found) throw new AppError('NOT_FOUND', `Nobody has the email ${email}.`, { field: 'email' });
    await updateUser(trx, found.user.id, { passwordHash });
    await deleteUserSessions(trx, found.user.id);
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: found.user.id,
    });
    return found.user;
  });
}
