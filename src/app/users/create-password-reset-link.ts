import { AppError } from '../../core/shared/app-error.ts';
import {
  PASSWORD_RESET_PREFIX,
  passwordResetLink,
  resolvePasswordResetExpiry,
} from '../../core/team/password-reset.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { insertPasswordReset, retirePasswordResets } from '../../store/password-reset.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';

export type PasswordResetLink = { link: string; expiresAt: Date };

/**
 * Makes a link with which a person chooses a new password (admins only). The link is returned once
 * and stored only as a hash; it replaces any earlier unused link of theirs. Their current password
 * and sessions stay until the link is used, so a reset asked for by mistake locks nobody out.
 */
export async function createPasswordResetLink(
  ctx: AppContext,
  actor: Actor,
  userId: string,
): Promise<PasswordResetLink> {
  assertRole(actor, 'admin');
  const secret = newSecret(PASSWORD_RESET_PREFIX);
  const now = ctx.now();
  const expiresAt = resolvePasswordResetExpiry(now);
  await ctx.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user) throw new AppError('NOT_FOUND', 'No user has that id.');
    if (!user.active)
      throw new AppError('VALIDATION_FAILED', `${user.name} is deactivated; reactivate them first.`);
    await retirePasswordResets(trx, userId, now);
    await insertPasswordReset(trx, {
      userId,
      tokenHash: hashSecret(secret),
      createdBy: actor.userId,
      createdAt: now,
      expiresAt,
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'user.password_reset_link_created',
      subjectType: 'user',
      subjectId: userId,
      details: { expiresAt: expiresAt.toISOString() },
    });
  });
  return { link: passwordResetLink(ctx.publicUrl, secret), expiresAt };
}
