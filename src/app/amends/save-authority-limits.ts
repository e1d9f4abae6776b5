import type { AuthorityLimit } from '../../core/amends/authority.ts';
import { currencyProblem, MAX_AMOUNT_MINOR } from '../../core/amends/money.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { listGestureTypes, replaceAuthorityLimits } from '../../store/amend-catalogue.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/**
 * An admin saves the whole table of authority limits. Each row names a role, a gesture and (for
 * gestures with money) a currency once; amounts are whole minor units, zero or more, or absent
 * (not limited). A bad row refuses the whole table: nothing is half-saved.
 */
export async function saveAuthorityLimits(
  ctx: AppContext,
  actor: Actor,
  limits: AuthorityLimit[],
): Promise<void> {
  assertRole(actor, 'admin');
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const types = new Map((await listGestureTypes(trx)).map((type) => [type.id, type]));
    const seen = new Set<string>();
    limits.forEach((limit, index) => {
      const at = (field: string, reason: string) =>
        new AppError('VALIDATION_FAILED', `limits[${index}].${field}: ${reason}`, {
          field: `limits.${index}.${field}`,
        });
      const type = types.get(limit.gestureTypeId);
      if (!type) throw at('gestureTypeId', 'names no gesture in the catalogue.');
      if (type.carriesMoney) {
        const problem = currencyProblem(limit.currency);
        if (problem) throw at('currency', problem);
      } else if (limit.currency !== undefined)
        throw at('currency', `${type.name} carries no money; leave the currency out.`);
      for (const field of ['perGestureMinor', 'perCaseMinor', 'perAgentMonthMinor'] as const) {
        const value = limit[field];
        if (value === undefined) continue;
        if (!Number.isInteger(value) || value < 0 || value > MAX_AMOUNT_MINOR)
          throw at(field, 'must be a whole number of minor units, zero or more (or absent: not limited).');
      }
      const key = `${limit.role}:${limit.gestureTypeId}:${limit.currency ?? ''}`;
      if (seen.has(key)) throw at('role', 'this role, gesture and currency already have a row above.');
      seen.add(key);
    });
    await replaceAuthorityLimits(trx, limits, now);
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'amends.limits_saved',
      subjectType: 'amends',
      subjectId: 'limits',
      details: { rows: limits.length },
    });
  });
}
