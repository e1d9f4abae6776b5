import type { Actor } from '../../core/team/user.ts';
import type { BusinessHours } from '../../core/time/business-hours.ts';
import { assertBusinessHours, tidyBusinessHours } from '../../core/time/business-hours-rules.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { saveBusinessHours as save } from '../../store/business-hours.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { refreshGovernedClocks } from '../timers/refresh-governed-clocks.ts';
import { organisationHours } from './get-business-hours.ts';

/**
 * Replaces the organisation's hours (admins). Refused, changing nothing, when they break a rule of
 * core/time/business-hours-rules. Cases that count in them (no team, or a team without its own) get
 * their clocks recomputed.
 */
export async function saveBusinessHours(
  ctx: AppContext,
  actor: Actor,
  hours: BusinessHours,
): Promise<BusinessHours> {
  assertRole(actor, 'admin');
  assertBusinessHours(hours);
  const next = tidyBusinessHours(hours);
  return ctx.db.transaction().execute(async (trx) => {
    const before = await organisationHours(trx);
    await save(trx, null, next, { userId: actor.userId, now: ctx.now() });
    const clocks = await refreshGovernedClocks(trx, { organisationHours: true });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'business_hours.updated',
      subjectType: 'business_hours',
      subjectId: 'organisation',
      details: { before, after: next, clocks },
    });
    return next;
  });
}
