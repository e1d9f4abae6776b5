import type { AuthorityLimit, TeamBudget } from '../../core/amends/authority.ts';
import type { GestureType } from '../../core/amends/gesture-kind.ts';
import type { Actor } from '../../core/team/user.ts';
import { listAuthorityLimits, listGestureTypes, listTeamBudgets } from '../../store/amend-catalogue.store.ts';
import { countCodePools, type PoolCount } from '../../store/amend-code.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { findAmendsWebhook } from './amends-webhook-setting.ts';

export type AmendsSettings = {
  catalogue: GestureType[];
  limits: AuthorityLimit[];
  budgets: TeamBudget[];
  /** The secret never leaves: only whether one is set. */
  webhook: { url: string; secretSet: true } | undefined;
  pools: PoolCount[];
};

/** Settings → Amends as the admin sees it. The catalogue itself everyone reads (listGestureCatalogue). */
export async function getAmendsSettings(ctx: AppContext, actor: Actor): Promise<AmendsSettings> {
  assertRole(actor, 'admin');
  const [catalogue, limits, budgets, webhook, pools] = await Promise.all([
    listGestureTypes(ctx.db),
    listAuthorityLimits(ctx.db),
    listTeamBudgets(ctx.db),
    findAmendsWebhook(ctx.db),
    countCodePools(ctx.db),
  ]);
  return { catalogue, limits, budgets, webhook: webhook && { url: webhook.url, secretSet: true }, pools };
}
