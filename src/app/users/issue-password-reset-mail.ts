import type { OutboundEmail } from '../../core/mail/outbound-email.ts';
import { PASSWORD_RESET_PREFIX, passwordResetLink, SECRET_NOT_KEPT } from '../../core/team/password-reset.ts';
import { issuePasswordResetSecret } from '../../store/password-reset.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { hashSecret, newSecret } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';

/** Everything a password-reset mail says. */
export type PasswordResetMailFacts = {
  toAddress: string;
  name: string;
  /** The working link, with its secret: for the mail that is sent, and nowhere else. */
  link: string;
  /** The same link without its secret, for the copy the outbox keeps. */
  keptLink: string;
  expiresAt: Date;
  /** The admin who asked for it; undefined when it was asked for on the sign-in page. */
  askedBy: string | undefined;
};

/**
 * Makes the secret of a mailed reset link, right before its mail is composed, and stores only its
 * hash. Undefined (nothing is issued) when the mail should no longer go: the link was used, replaced
 * by a newer one or expired, or the person was deactivated or has another address now.
 */
export async function issuePasswordResetMail(
  ctx: AppContext,
  email: Pick<OutboundEmail, 'toAddress' | 'passwordResetId'>,
): Promise<PasswordResetMailFacts | undefined> {
  const resetId = email.passwordResetId;
  if (!resetId) return undefined;
  const secret = newSecret(PASSWORD_RESET_PREFIX);
  return ctx.db.transaction().execute(async (trx) => {
    const issued = await issuePasswordResetSecret(trx, resetId, hashSecret(secret), ctx.now());
    if (!issued) return undefined;
    const [user, admin] = await Promise.all([
      findUserById(trx, issued.userId),
      issued.createdBy ? findUserById(trx, issued.createdBy) : undefined,
    ]);
    // The hash just stored is then of a secret thrown away here: that link works for nobody.
    if (!user?.active || user.email !== email.toAddress) return undefined;
    return {
      toAddress: email.toAddress,
      name: user.name,
      link: passwordResetLink(ctx.publicUrl, secret),
      keptLink: passwordResetLink(ctx.publicUrl, SECRET_NOT_KEPT),
      expiresAt: issued.expiresAt,
      askedBy: admin?.name,
    };
  });
}
