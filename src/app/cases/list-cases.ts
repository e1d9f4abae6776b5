import type { Case } from '../../core/case/case.ts';
import type { CaseStatus } from '../../core/case/case-status.ts';
import {
  decodeInboxCursor,
  encodeInboxCursor,
  type InboxOrder,
  resolveInboxOrder,
} from '../../core/case/inbox-order.ts';
import type { Severity } from '../../core/case/severity.ts';
import type { Customer } from '../../core/customer/customer.ts';
import { listInboxPage } from '../../store/case-inbox.store.ts';
import { findCustomersByIds } from '../../store/customer.store.ts';
import type { AppContext } from '../context.ts';

export type CaseListItem = { case: Case; customer: Customer };
export type CasePage = { items: CaseListItem[]; nextCursor: string | undefined };

/** The statuses the inbox shows when none are asked for: cases somebody still owes an answer. */
const INBOX_STATUSES: CaseStatus[] = ['open', 'acknowledged'];

/**
 * One page of the inbox (core/case/inbox-order.ts): active cases by the clock that breaks first (or
 * by severity, then longest waiting); done ones newest finished first. `cursor` is the previous page's `nextCursor`; a page is the last
 * when its `nextCursor` is undefined.
 */
export async function listCases(
  ctx: AppContext,
  filter: {
    statuses?: CaseStatus[] | undefined;
    severities?: Severity[] | undefined;
    ownerId?: string | undefined;
    teamId?: string | undefined;
    customerId?: string | undefined;
    /** Only cases whose customer waits for an answer. */
    unanswered?: boolean | undefined;
    q?: string | undefined;
    /** Default: `due` for active cases only, `urgency` for a mixed view, `finished` for done ones. */
    order?: InboxOrder | undefined;
    cursor?: string | undefined;
    limit: number;
  },
): Promise<CasePage> {
  const { cursor, limit, order: requested, ...rest } = filter;
  const statuses = filter.statuses ?? INBOX_STATUSES;
  const order = resolveInboxOrder(statuses, requested);
  const after = cursor === undefined ? undefined : decodeInboxCursor(cursor, order);
  // One row more than asked tells whether another page exists without a count.
  const rows = await listInboxPage(ctx.db, { ...rest, statuses, order, after, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const customers = await findCustomersByIds(ctx.db, [...new Set(page.map((row) => row.case.customerId))]);
  return {
    items: page.flatMap((row) => {
      const customer = customers.get(row.case.customerId);
      return customer ? [{ case: row.case, customer }] : [];
    }),
    nextCursor: rows.length > limit && last ? encodeInboxCursor(last.key) : undefined,
  };
}
