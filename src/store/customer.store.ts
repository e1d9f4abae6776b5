import { sql } from 'kysely';
import type { Customer } from '../core/customer/customer.ts';
import { type Executor, lockNamed } from './db.ts';
import type { CustomerRow } from './schema.ts';

export function customerRowToCustomer(row: CustomerRow): Customer {
  return {
    id: row.id,
    externalId: row.external_id ?? undefined,
    name: row.name,
    emails: row.emails,
    phones: row.phones,
    socialHandles: row.social_handles,
    attributes: row.attributes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findCustomerById(db: Executor, id: string): Promise<Customer | undefined> {
  const row = await db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? customerRowToCustomer(row) : undefined;
}

/**
 * Locks (FOR UPDATE) the customer who matches by external id, else by any of the emails. Takes an
 * advisory lock on each key first, so two concurrent upserts of one new customer make one row.
 */
export async function lockCustomerForUpsert(
  db: Executor,
  keys: { externalId?: string | undefined; emails: string[] },
): Promise<Customer | undefined> {
  const lockKeys = [
    ...(keys.externalId ? [`ext:${keys.externalId}`] : []),
    ...keys.emails.map((e) => `email:${e}`),
  ].sort();
  for (const key of lockKeys) {
    await lockNamed(db, `customer:${key}`);
  }
  if (keys.externalId) {
    const row = await db
      .selectFrom('customers')
      .selectAll()
      .where('external_id', '=', keys.externalId)
      .forUpdate()
      .executeTakeFirst();
    if (row) return customerRowToCustomer(row);
  }
  if (keys.emails.length > 0) {
    const row = await db
      .selectFrom('customers')
      .selectAll()
      .where(sql<boolean>`emails && ${sql.val(keys.emails)}::text[]`)
      .orderBy('created_at')
      .forUpdate()
      .executeTakeFirst();
    if (row) return customerRowToCustomer(row);
  }
  return undefined;
}

type CustomerFields = Omit<Customer, 'id' | 'createdAt' | 'updatedAt'>;

function toColumns(fields: CustomerFields) {
  return {
    external_id: fields.externalId ?? null,
    name: fields.name,
    emails: fields.emails,
    phones: fields.phones,
    social_handles: fields.socialHandles,
    attributes: JSON.stringify(fields.attributes),
  };
}

export async function insertCustomer(db: Executor, fields: CustomerFields): Promise<Customer> {
  const row = await db
    .insertInto('customers')
    .values(toColumns(fields))
    .returningAll()
    .executeTakeFirstOrThrow();
  return customerRowToCustomer(row);
}

export async function updateCustomer(db: Executor, id: string, fields: CustomerFields): Promise<Customer> {
  const row = await db
    .updateTable('customers')
    .set({ ...toColumns(fields), updated_at: new Date() })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return customerRowToCustomer(row);
}

/**
 * Customers whose name, email or external id contains the search text; newest first. The picker
 * asks on every keystroke: a common text finds its few through the created_at index at once, a rare
 * one through the trigram indexes (amends_emails_text is the indexed form of the emails).
 */
export async function searchCustomers(
  db: Executor,
  options: { q?: string | undefined; limit: number },
): Promise<Customer[]> {
  let query = db
    .selectFrom('customers')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(options.limit);
  if (options.q) {
    const pattern = `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('name', 'ilike', pattern),
        eb('external_id', 'ilike', pattern),
        eb(sql<string>`amends_emails_text(emails)`, 'ilike', pattern),
      ]),
    );
  }
  const rows = await query.execute();
  return rows.map(customerRowToCustomer);
}

export async function findCustomersByIds(db: Executor, ids: string[]): Promise<Map<string, Customer>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('customers').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, customerRowToCustomer(row)]));
}
