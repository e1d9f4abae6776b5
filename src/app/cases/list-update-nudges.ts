import type { Actor } from '../../core/team/user.ts';
import { findCasePolicy } from '../../store/case-policy.store.ts';
import { findCustomersByIds } from '../../store/customer.store.ts';
import { listUpdateNudges as listUpdateNudgesOf } from '../../store/update-nudge.store.ts';
import type { AppContext } from '../context.ts';
import type { CaseListItem } from './list-cases.ts';

/** A case whose customer has heard nothing for a whole cadence, and that cadence in minutes. */
export type UpdateNudge = CaseListItem & { nudgedAt: Date; cadenceMinutes: number };

/**
 * The caller's active cases whose update clock ran out with no word from a person since, longest
 * silent first: the console's "No update to … for …: send one now" alerts, the same after a reload,
 * until they write to the customer (app/timers/on-update-due.ts puts them up).
 */
export async function listUpdateNudges(
  ctx: AppContext,
  actor: Actor,
  options: { limit: number },
): Promise<UpdateNudge[]> {
  const nudges = await listUpdateNudgesOf(ctx.db, actor.userId, options.limit);
  const customers = await findCustomersByIds(ctx.db, [...new Set(nudges.map((n) => n.case.customerId))]);
  const severities = [...new Set(nudges.map((n) => n.case.severity))];
  const policies = new Map(
    await Promise.all(severities.map(async (s) => [s, await findCasePolicy(ctx.db, s)] as const)),
  );
  return nudges.flatMap((nudge) => {
    const customer = customers.get(nudge.case.customerId);
    const policy = policies.get(nudge.case.severity);
    return customer && policy ? [{ ...nudge, customer, cadenceMinutes: policy.updateEvery.minutes }] : [];
  });
}
