import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { countLiveApiTokens } from '../../store/api-token.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { deleteUserSessions } from '../../store/session.store.ts';
import { lockUserPasswordHash, updateUser } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { hashPassword, hashSecret, verifyPassword } from './secrets.ts';

export type PasswordChange = {
  currentPassword: string;
  newPassword: string;
  /** The session the change is made in, kept signed in; absent through an API token. */
  sessionToken?: string | undefined;
};

export type PasswordChanged = {
  /** Sessions of this person on other browsers, now signed out. */
  endedSessions: number;
  /** Their API tokens that still work. */
  liveApiTokens: number;
};

/**
 * A person changes their own password: only with the current one (a borrowed, still signed-in
 * browser must not be enough to take the account), and every other session ends, so whoever else
 * was signed in as them is out. API tokens stay: they belong to the systems a person connected
 * (billing, a helpdesk), most password changes are routine, and silently cutting those off would
 * break integrations nobody connects to a password; instead the answer says how many still work,
 * so a person who changes it because of a break-in knows to review them under Settings.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  change: PasswordChange,
): Promise<PasswordChanged> {
  // The row stays locked while argon2 works (~0.1 s): only this person's own row, and two changes
  // of one password cannot cross.
  return ctx.db.transaction().execute(async (trx) => {
    const currentHash = await lockUserPasswordHash(trx, actor.userId);
    if (currentHash === undefined) throw new AppError('NOT_FOUND', 'Your account no longer exists.');
    if (!currentHash || !(await verifyPassword(currentHash, change.currentPassword))) {
      throw new AppError(
        'CURRENT_PASSWORD_WRONG',
        'That is not your current password. Type the password you signed in with; nothing was changed.',
        { field: 'currentPassword' },
      );
    }
    if (change.newPassword === change.currentPassword) {
      throw new AppError(
        'VALIDATION_FAILED',
        'The new password is the same as the current one: choose another.',
        {
          field: 'newPassword',
        },
      );
    }
    await updateUser(trx, actor.userId, { passwordHash: await hashPassword(change.newPassword) });
    const keep = change.sessionToken ? hashSecret(change.sessionToken) : undefined;
    const endedSessions = await deleteUserSessions(trx, actor.userId, { exceptIdHash: keep });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'user.password_changed',
      subjectType: 'user',
      subjectId: actor.userId,
      details: { endedSessions, via: actor.via },
    });
    return { endedSessions, liveApiTokens: await countLiveApiTokens(trx, actor.userId) };
  });
}
