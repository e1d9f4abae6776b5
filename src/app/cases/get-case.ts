import type { Case } from '../../core/case/case.ts';
import type { Customer } from '../../core/customer/customer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { User } from '../../core/team/user.ts';
import { findCaseById } from '../../store/case.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

export type CaseDetail = { case: Case; customer: Customer; owner: User };

export async function getCase(ctx: AppContext, caseId: string): Promise<CaseDetail> {
  const found = await findCaseById(ctx.db, caseId);
  if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
  const [customer, owner] = await Promise.all([
    findCustomerById(ctx.db, found.customerId),
    findUserById(ctx.db, found.ownerId),
  ]);
  if (!customer || !owner) throw new Error(`case ${found.id} points at a missing customer or owner`);
  return { case: found, customer, owner };
}
