import type { Actor } from '../../core/team/user.ts';
import type { BusinessHours } from '../../core/time/business-hours.ts';
import { assertBusinessHours, tidyBusinessHours } from '../../core/time/business-hours-rules.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { saveBusinessHours } from '../../store/business-hours.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { refreshGovernedClocks } from '../timers/refresh-governed-clocks.ts';
import { assertTeamExists, type TeamHours, teamHours } from './get-business-hours.ts';

/**
 * Gives a team hours of its own (admins), replacing any it had; validated as the organisation's.
 * The team's active cases get their clocks recomputed.
 */
export async function saveTeamBusinessHours(
  ctx: AppContext,
  actor: Actor,
  teamId: string,
  hours: BusinessHours,
): Promise<TeamHours> {
  assertRole(actor, 'admin');
  assertBusinessHours(hours);
  const next = tidyBusinessHours(hours);
  return ctx.db.transaction().execute(async (trx) => {
    await assertTeamExists(trx, teamId);
    const before = await teamHours(trx, teamId);
    await saveBusinessHours(trx, teamId, next, { userId: actor.userId, now: ctx.now() });
    const clocks = await refreshGovernedClocks(trx, { teamId });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'business_hours.updated',
      subjectType: 'team',
      subjectId: teamId,
      details: { before, after: next, clocks },
    });
    return { hours: next, own: true };
  });
}
