import { type Customer, type CustomerDetails, mergeCustomer } from '../../core/customer/customer.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { type Actor, normalizeEmail } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import {
  findCustomerById,
  insertCustomer,
  lockCustomerForUpsert,
  updateCustomer,
} from '../../store/customer.store.ts';
import type { Executor } from '../../store/db.ts';
import type { AppContext } from '../context.ts';

export type UpsertedCustomer = { customer: Customer; created: boolean };

/** Creates the customer, or merges into the one with the same external id or any shared email. */
export async function upsertCustomer(
  ctx: AppContext,
  actor: Actor | undefined,
  details: CustomerDetails,
): Promise<UpsertedCustomer> {
  return ctx.db.transaction().execute((trx) => upsertCustomerIn(trx, actor, details));
}

/** The same, inside a caller's transaction (opening a case for a new customer is one change). */
export async function upsertCustomerIn(
  trx: Executor,
  actor: Actor | undefined,
  details: CustomerDetails,
): Promise<UpsertedCustomer> {
  const emails = (details.emails ?? []).map(normalizeEmail);
  if (!details.externalId && emails.length === 0 && !details.name?.trim()) {
    throw new AppError('VALIDATION_FAILED', 'A customer needs at least an external id, an email or a name.', {
      field: 'customer',
    });
  }
  const existing = await lockCustomerForUpsert(trx, { externalId: details.externalId, emails });
  if (existing?.externalId && details.externalId && existing.externalId !== details.externalId) {
    throw new AppError(
      'CONFLICT',
      `That email belongs to the customer with external id ${existing.externalId}.`,
      { field: 'emails' },
    );
  }
  const merged = mergeCustomer(existing, { ...details, emails });
  const customer = existing
    ? await updateCustomer(trx, existing.id, merged)
    : await insertCustomer(trx, merged);
  await recordAudit(trx, {
    actorUserId: actor?.userId,
    action: existing ? 'customer.updated' : 'customer.created',
    subjectType: 'customer',
    subjectId: customer.id,
  });
  return { customer, created: !existing };
}

/** Who something is about: an existing customer by id, or details to find or create one by. */
export type CustomerChoice = { customerId?: string | undefined; customer?: CustomerDetails | undefined };

/**
 * The customer a case or rating request is about, inside the caller's transaction: the one named by
 * id (NOT_FOUND if there is none), or the one the details find or create. Exactly one of the two.
 */
export async function resolveCustomerIn(
  trx: Executor,
  actor: Actor | undefined,
  choice: CustomerChoice,
): Promise<string> {
  if ((choice.customerId === undefined) === (choice.customer === undefined)) {
    throw new AppError(
      'VALIDATION_FAILED',
      'Give either customerId or customer details, not both or neither.',
      {
        field: 'customerId',
      },
    );
  }
  if (choice.customer) return (await upsertCustomerIn(trx, actor, choice.customer)).customer.id;
  if (!(await findCustomerById(trx, choice.customerId as string)))
    throw new AppError('NOT_FOUND', 'No customer has that id.', { field: 'customerId' });
  return choice.customerId as string;
}
