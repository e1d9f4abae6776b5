import { type AuthorityLimit, monthOf, type TeamBudget } from '../../core/amends/authority.ts';
import type { Actor } from '../../core/team/user.ts';
import { listAuthorityLimits, listTeamBudgets } from '../../store/amend-catalogue.store.ts';
import { listMonthSpend, type SpendLine } from '../../store/amend-gesture.store.ts';
import type { AppContext } from '../context.ts';

export type AmendsSpend = {
  month: { start: Date; end: Date };
  /** Agents see their own line; supervisors and admins everyone's. */
  spend: SpendLine[];
  budgets: TeamBudget[];
  /** The limits of the caller's own role: what they may give without asking. */
  ownLimits: AuthorityLimit[];
};

/** Spend this month (UTC) against limits and budgets, per currency. */
export async function getAmendsSpend(ctx: AppContext, actor: Actor): Promise<AmendsSpend> {
  const month = monthOf(ctx.now());
  const [spend, budgets, limits] = await Promise.all([
    listMonthSpend(ctx.db, month.start, month.end),
    listTeamBudgets(ctx.db),
    listAuthorityLimits(ctx.db),
  ]);
  const seesAll = actor.role !== 'agent';
  return {
    month,
    spend: seesAll ? spend : spend.filter((line) => line.scope === 'team' || line.id === actor.userId),
    budgets,
    ownLimits: limits.filter((limit) => limit.role === actor.role),
  };
}
