import type { Customer } from '../../core/customer/customer.ts';
import { searchCustomers as search } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';

export function searchCustomers(
  ctx: AppContext,
  query: { q?: string | undefined; limit: number },
): Promise<Customer[]> {
  return search(ctx.db, query);
}
