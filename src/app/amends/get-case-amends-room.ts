import { computeRoom, monthOf } from '../../core/amends/authority.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { findTeamBudget, listAuthorityLimits } from '../../store/amend-catalogue.store.ts';
import { findSpent } from '../../store/amend-gesture.store.ts';
import { findCaseById } from '../../store/case.store.ts';
import type { AppContext } from '../context.ts';

/**
 * What the caller may still give on this case without asking, per gesture and currency their role
 * has a limit for. `leftMinor` undefined: no ceiling (or a gesture without money: having the limit
 * is the authority). A gesture or currency not listed needs a supervisor's approval.
 */
export type AmendsRoom = {
  gestureTypeId: string;
  currency: string | undefined;
  leftMinor: number | undefined;
};

/** The room left to give on a case: what the Amends card shows beside the form. */
export async function getCaseAmendsRoom(
  ctx: AppContext,
  actor: Actor,
  caseId: string,
): Promise<AmendsRoom[]> {
  const found = await findCaseById(ctx.db, caseId);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
  const month = monthOf(ctx.now());
  const limits = (await listAuthorityLimits(ctx.db)).filter((limit) => limit.role === actor.role);
  return Promise.all(
    limits.map(async (limit) => {
      const currency = limit.currency;
      if (!currency) return { gestureTypeId: limit.gestureTypeId, currency, leftMinor: undefined };
      const [spent, budget] = await Promise.all([
        findSpent(ctx.db, {
          caseId,
          userId: actor.userId,
          teamId: found.teamId,
          gestureTypeId: limit.gestureTypeId,
          currency,
          monthStart: month.start,
          monthEnd: month.end,
        }),
        found.teamId ? findTeamBudget(ctx.db, found.teamId, currency) : undefined,
      ]);
      return { gestureTypeId: limit.gestureTypeId, currency, leftMinor: computeRoom(limit, spent, budget) };
    }),
  );
}
