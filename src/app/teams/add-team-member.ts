import { AppError } from '../../core/shared/app-error.ts';
import type { Team } from '../../core/team/team.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { addTeamMember as addMember, findTeamById } from '../../store/team.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

export async function addTeamMember(
  ctx: AppContext,
  actor: Actor,
  teamId: string,
  userId: string,
): Promise<Team> {
  assertRole(actor, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await findTeamById(trx, teamId))) throw new AppError('NOT_FOUND', 'No team has that id.');
    if (!(await findUserById(trx, userId)))
      throw new AppError('NOT_FOUND', 'No user has that id.', { field: 'userId' });
    await addMember(trx, teamId, userId);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'team.member_added',
      subjectType: 'team',
      subjectId: teamId,
      details: { userId },
    });
    const team = await findTeamById(trx, teamId);
    if (!team) throw new Error('team vanished inside its own transaction');
    return team;
  });
}
