import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { resolvePasswordResetExpiry } from '../../core/team/password-reset.ts';
import type { Actor, User } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { findOutboundEmailById, queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { insertPasswordReset, retirePasswordResets } from '../../store/password-reset.store.ts';
import { lockUserById } from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/**
 * Records a reset link to be mailed to the person, and queues its mail, in the caller's transaction.
 * No secret is made here: the send job makes it when it composes the mail
 * (issue-password-reset-mail.ts), so it is never kept in clear, not even in the outbox while queued.
 * The expiry counts from now. Keyed by the reset, so one reset is mailed at most once.
 */
export async function queuePasswordResetMailIn(
  trx: Executor,
  input: { user: User; createdBy: string | undefined; now: Date },
): Promise<{ emailId: string; expiresAt: Date }> {
  const expiresAt = resolvePasswordResetExpiry(input.now);
  const resetId = await insertPasswordReset(trx, {
    userId: input.user.id,
    tokenHash: undefined,
    createdBy: input.createdBy,
    createdAt: input.now,
    expiresAt,
  });
  const [emailId] = await queueOutboundEmails(trx, [
    {
      intentKey: `password-reset:${resetId}`,
      kind: 'password-reset',
      toAddress: input.user.email,
      blastId: undefined,
      ratingRequestId: undefined,
      passwordResetId: resetId,
      createdAt: input.now,
    },
  ]);
  if (!emailId) throw new Error(`the mail of password reset ${resetId} was queued already`);
  return { emailId, expiresAt };
}

/**
 * Mails a person a link to choose a new password (admins only): "by mail", beside the link shown once
 * (create-password-reset-link.ts). It replaces any earlier unused link of theirs; their password and
 * sessions stay until they use it. Without SMTP the mail is not sent (the outbox says why).
 */
export async function mailPasswordResetLink(
  ctx: AppContext,
  actor: Actor,
  userId: string,
): Promise<{ email: OutboundEmail; expiresAt: Date }> {
  assertRole(actor, 'admin');
  const now = ctx.now();
  const { emailId, expiresAt } = await ctx.db.transaction().execute(async (trx) => {
    const user = await lockUserById(trx, userId);
    if (!user) throw new AppError('NOT_FOUND', 'No user has that id.');
    if (!user.active)
      throw new AppError('VALIDATION_FAILED', `${user.name} is deactivated; reactivate them first.`);
    await retirePasswordResets(trx, userId, now);
    const queued = await queuePasswordResetMailIn(trx, { user, createdBy: actor.userId, now });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'user.password_reset_link_mailed',
      subjectType: 'user',
      subjectId: userId,
      details: { to: user.email, expiresAt: queued.expiresAt.toISOString() },
    });
    return queued;
  });
  const email = await findOutboundEmailById(ctx.db, emailId);
  if (!email) throw new Error(`outbound email ${emailId} vanished after its commit`);
  return { email, expiresAt };
}
