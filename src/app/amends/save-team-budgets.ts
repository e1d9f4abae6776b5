import type { TeamBudget } from '../../core/amends/authority.ts';
import { currencyProblem, MAX_AMOUNT_MINOR } from '../../core/amends/money.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { replaceTeamBudgets } from '../../store/amend-catalogue.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { listTeams } from '../../store/team.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** An admin saves every team's monthly budget (per currency) at once; a bad row saves nothing. */
export async function saveTeamBudgets(ctx: AppContext, actor: Actor, budgets: TeamBudget[]): Promise<void> {
  assertRole(actor, 'admin');
  await ctx.db.transaction().execute(async (trx) => {
    const teams = new Set((await listTeams(trx)).map((team) => team.id));
    const seen = new Set<string>();
    budgets.forEach((budget, index) => {
      const at = (field: string, reason: string) =>
        new AppError('VALIDATION_FAILED', `budgets[${index}].${field}: ${reason}`, {
          field: `budgets.${index}.${field}`,
        });
      if (!teams.has(budget.teamId)) throw at('teamId', 'names no team.');
      const problem = currencyProblem(budget.currency);
      if (problem) throw at('currency', problem);
      if (
        !Number.isInteger(budget.monthlyMinor) ||
        budget.monthlyMinor < 0 ||
        budget.monthlyMinor > MAX_AMOUNT_MINOR
      )
        throw at('monthlyMinor', 'must be a whole number of minor units, zero or more.');
      if (seen.has(`${budget.teamId}:${budget.currency}`))
        throw at('currency', 'this team already has a budget in it.');
      seen.add(`${budget.teamId}:${budget.currency}`);
    });
    await replaceTeamBudgets(trx, budgets, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'amends.budgets_saved',
      subjectType: 'amends',
      subjectId: 'budgets',
      details: { rows: budgets.length },
    });
  });
}
