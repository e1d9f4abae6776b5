import {
  MAX_FORGOTTEN_PASSWORD_MAILS,
  resolveForgottenPasswordWindowStart,
} from '../../core/team/password-reset.ts';
import { normalizeEmail } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { countForgottenPasswordResets } from '../../store/password-reset.store.ts';
import { findUserCredentials, lockUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { queuePasswordResetMailIn } from '../users/mail-password-reset-link.ts';

/**
 * The job behind "Forgot your password?" (app/auth/request-password-reset.ts queues it for any
 * address): mails a link to choose a new password to the active person with that address. Past
 * MAX_FORGOTTEN_PASSWORD_MAILS an hour a person gets no more mail. Unlike an admin's link it retires
 * no earlier link: anyone can ask, and that should not break a link an admin just gave. Using any link
 * retires them all.
 */
export async function mailForgottenPassword(ctx: AppContext, input: { email: string }): Promise<void> {
  const now = ctx.now();
  const found = await findUserCredentials(ctx.db, normalizeEmail(input.email));
  if (!found?.user.active) return;
  await ctx.db.transaction().execute(async (trx) => {
    // Locked, so two requests at once cannot both count below the limit.
    const user = await lockUserById(trx, found.user.id);
    if (!user?.active) return;
    const asked = await countForgottenPasswordResets(trx, user.id, resolveForgottenPasswordWindowStart(now));
    if (asked >= MAX_FORGOTTEN_PASSWORD_MAILS) return;
    const { expiresAt } = await queuePasswordResetMailIn(trx, { user, createdBy: undefined, now });
    await recordAudit(trx, {
      actorUserId: undefined,
      action: 'user.password_reset_requested',
      subjectType: 'user',
      subjectId: user.id,
      details: { to: user.email, expiresAt: expiresAt.toISOString() },
    });
  });
}
