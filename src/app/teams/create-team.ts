import { AppError } from '../../core/shared/app-error.ts';
import type { Team } from '../../core/team/team.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { findTeamById, findTeamByName, insertTeam } from '../../store/team.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

export async function createTeam(
  ctx: AppContext,
  actor: Actor | undefined,
  input: { name: string },
): Promise<Team> {
  if (actor) assertRole(actor, 'admin');
  const name = input.name.trim();
  return ctx.db.transaction().execute(async (trx) => {
    if (await findTeamByName(trx, name))
      throw new AppError('CONFLICT', `A team called ${name} already exists.`, { field: 'name' });
    const id = await insertTeam(trx, name);
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'team.created',
      subjectType: 'team',
      subjectId: id,
      details: { name },
    });
    const team = await findTeamById(trx, id);
    if (!team) throw new Error('team vanished inside its own transaction');
    return team;
  });
}
