import type { Actor } from '../../core/team/user.ts';
import { listUnseenCases as listUnseenCasesOf } from '../../store/case.store.ts';
import { findCustomersByIds } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';
import type { CaseListItem } from './list-cases.ts';

/**
 * The caller's active cases that became theirs (opened for them, or handed to them) and that they
 * have not opened since, newest first: the console's "New case for you" alerts, the same after a reload.
 */
export async function listUnseenCases(
  ctx: AppContext,
  actor: Actor,
  options: { limit: number },
): Promise<CaseListItem[]> {
  const cases = await listUnseenCasesOf(ctx.db, actor.userId, options.limit);
  const customers = await findCustomersByIds(ctx.db, [...new Set(cases.map((c) => c.customerId))]);
  return cases.flatMap((c) => {
    const customer = customers.get(c.customerId);
    return customer ? [{ case: c, customer }] : [];
  });
}
