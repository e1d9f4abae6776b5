import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { deleteTeamBusinessHours } from '../../store/business-hours.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { refreshGovernedClocks } from '../timers/refresh-governed-clocks.ts';
import { assertTeamExists, type TeamHours, teamHours } from './get-business-hours.ts';

/**
 * The team goes back to the organisation's hours (admins): its own are dropped and its active cases'
 * clocks recomputed. A team already on the organisation's hours is left as it is (nothing audited).
 */
export async function resetTeamBusinessHours(
  ctx: AppContext,
  actor: Actor,
  teamId: string,
): Promise<TeamHours> {
  assertRole(actor, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    await assertTeamExists(trx, teamId);
    const before = await teamHours(trx, teamId);
    if (await deleteTeamBusinessHours(trx, teamId)) {
      const clocks = await refreshGovernedClocks(trx, { teamId });
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'business_hours.reset',
        subjectType: 'team',
        subjectId: teamId,
        details: { before: before.hours, clocks },
      });
    }
    return teamHours(trx, teamId);
  });
}
