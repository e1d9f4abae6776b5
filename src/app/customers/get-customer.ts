import type { Customer } from '../../core/customer/customer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';

export async function getCustomer(ctx: AppContext, customerId: string): Promise<Customer> {
  const customer = await findCustomerById(ctx.db, customerId);
  if (!customer) throw new AppError('NOT_FOUND', 'No customer has that id.');
  return customer;
}
