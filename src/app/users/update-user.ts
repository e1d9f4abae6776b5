import { AppError } from '../../core/shared/app-error.ts';
import type { Role } from '../../core/team/role.ts';
import type { Actor, User } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { countActiveCasesOwnedBy } from '../../store/case.store.ts';
import type { Executor } from '../../store/db.ts';
import { deleteUserSessions } from '../../store/session.store.ts';
import { existingTeamIds } from '../../store/team.store.ts';
import {
  findUserById,
  lockUserById,
  setUserTeams,
  updateUser as updateUserRow,
} from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import { hashPassword } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';

export type UserChanges = {
  name?: string | undefined;
  role?: Role | undefined;
  active?: boolean | undefined;
  available?: boolean | undefined;
  password?: string | undefined;
  teamIds?: string[] | undefined;
};

/**
 * Admins change anyone; a person may change only their own name and availability (going away for
 * lunch should not need an admin). Their own password changes only with the current one
 * (app/auth/change-own-password.ts); an admin setting someone else's ends all that person's sessions.
 */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  changes: UserChanges,
): Promise<User> {
  const self = actor.userId === userId;
  const adminOnly =
    changes.role !== undefined || changes.active !== undefined || changes.teamIds !== undefined;
  if (!self || adminOnly) assertRole(actor, 'admin');
  if (self && changes.password !== undefined)
    throw new AppError(
      'FORBIDDEN',
      'Change your own password with POST /api/v1/me/password (Account in the console): it asks for your current one.',
      { field: 'password' },
    );
  if (self && changes.active === false)
    throw new AppError('VALIDATION_FAILED', 'You cannot deactivate yourself.', { field: 'active' });
  const passwordHash = changes.password !== undefined ? await hashPassword(changes.password) : undefined;
  return ctx.db.transaction().execute(async (trx) => {
    // Locked, as a hand-off to them locks them (cases/hand-off-case.ts): the count of their open cases
    // below then cannot miss a hand-off committing meanwhile.
    const before = await lockUserById(trx, userId);
    if (!before) throw new AppError('NOT_FOUND', 'No user has that id.');
    if (changes.active === false && before.active) await assertOwnsNoActiveCases(trx, before);
    if (changes.teamIds) {
      const known = await existingTeamIds(trx, changes.teamIds);
      const unknown = changes.teamIds.filter((id) => !known.includes(id));
      if (unknown.length > 0)
        throw new AppError('NOT_FOUND', `No team has the id ${unknown[0]}.`, { field: 'teamIds' });
      await setUserTeams(trx, userId, [...new Set(changes.teamIds)]);
    }
    await updateUserRow(trx, userId, {
      ...(changes.name !== undefined && { name: changes.name.trim() }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.available !== undefined && { available: changes.available }),
      ...(passwordHash !== undefined && { passwordHash }),
    });
    // A deactivated person or a changed password ends every open session.
    if (changes.active === false || passwordHash !== undefined) await deleteUserSessions(trx, userId);
    const { password: _password, ...audited } = changes;
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'user.updated',
      subjectType: 'user',
      subjectId: userId,
      details: { ...audited, ...(passwordHash !== undefined && { password: 'changed' }) },
    });
    const after = await findUserById(trx, userId);
    if (!after) throw new Error('user vanished inside its own transaction');
    return after;
  });
}

/**
 * A deactivated person cannot act on a case, so one who still owns active cases is refused rather than
 * their cases silently moved: each hand-off needs a colleague chosen for that customer and a reason on
 * the case's timeline, which a bulk reassignment would skip.
 */
async function assertOwnsNoActiveCases(trx: Executor, user: User): Promise<void> {
  const owned = await countActiveCasesOwnedBy(trx, user.id);
  if (owned === 0) return;
  const cases = owned === 1 ? '1 open case' : `${owned} open cases`;
  throw new AppError(
    'OWNS_ACTIVE_CASES',
    `${user.name} still owns ${cases}. Hand ${owned === 1 ? 'it' : 'them'} off to a colleague first, then deactivate.`,
    { field: 'active', activeCases: owned },
  );
}
