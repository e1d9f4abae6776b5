import { AppError } from '../../core/shared/app-error.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { claimPasswordReset, retirePasswordResets } from '../../store/password-reset.store.ts';
import { deleteUserSessions } from '../../store/session.store.ts';
import { findUserById, updateUser } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { hashPassword, hashSecret } from './secrets.ts';

/**
 * A person chooses a new password with the secret of a reset link. The link works once, before it
 * expires, for an active person; every session they had ends (whoever knew the old password is out).
 */
export async function setPasswordFromLink(
  ctx: AppContext,
  input: { token: string; password: string },
): Promise<void> {
  // Hashed before the transaction: argon2 takes a while, and the claim should hold no lock meanwhile.
  const passwordHash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    const now = ctx.now();
    const claimed = await claimPasswordReset(trx, hashSecret(input.token), now);
    const user = claimed && (await findUserById(trx, claimed.userId));
    if (!user?.active)
      throw new AppError(
        'RESET_LINK_INVALID',
        'This link does not work: it was already used, it expired, or it was replaced by a newer one. Ask for a new link with “Forgot your password?” on the sign-in page, or ask an admin.',
      );
    await updateUser(trx, user.id, { passwordHash });
    await retirePasswordResets(trx, user.id, now);
    await deleteUserSessions(trx, user.id);
    await recordAudit(trx, {
      actorUserId: user.id,
      action: 'user.password_set_from_link',
      subjectType: 'user',
      subjectId: user.id,
    });
  });
}
