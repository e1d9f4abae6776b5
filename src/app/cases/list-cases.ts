import type { Case } from '../../core/case/case.ts';
import type { CaseStatus } from '../../core/case/case-status.ts';
import type { Customer } from '../../core/customer/customer.ts';
import { listCasesByUrgency } from '../../store/case.store.ts';
import { findCustomersByIds } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';

export type CaseListItem = { case: Case; customer: Customer };

/** The inbox: cases in the given statuses (active ones by default) in urgency order. */
export async function listCases(
  ctx: AppContext,
  filter: {
    statuses?: CaseStatus[] | undefined;
    ownerId?: string | undefined;
    customerId?: string | undefined;
    limit: number;
  },
): Promise<CaseListItem[]> {
  const cases = await listCasesByUrgency(ctx.db, {
    ...filter,
    statuses: filter.statuses ?? ['open', 'acknowledged'],
  });
  const customers = await findCustomersByIds(ctx.db, [...new Set(cases.map((c) => c.customerId))]);
  return cases.flatMap((c) => {
    const customer = customers.get(c.customerId);
    return customer ? [{ case: c, customer }] : [];
  });
}
