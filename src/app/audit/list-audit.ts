import type { AuditEntry } from '../../core/audit/audit-entry.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { type AuditFilter, listAudit as listEntries } from '../../store/audit.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

export type AuditPage = {
  entries: AuditEntry[];
  /** Pass as `beforeId` for the next (older) page; undefined on the last page. */
  nextBeforeId: number | undefined;
};

/** Newest first, filtered by person, action and period; page with `beforeId`. Admins only. */
export async function listAudit(ctx: AppContext, actor: Actor, filter: AuditFilter): Promise<AuditPage> {
  assertRole(actor, 'admin');
  if (filter.from && filter.to && filter.from >= filter.to)
    throw new AppError('VALIDATION_FAILED', 'The period must end after it starts.', { field: 'to' });
  // One more than asked tells whether an older page exists without a second query.
  const found = await listEntries(ctx.db, { ...filter, limit: filter.limit + 1 });
  const entries = found.slice(0, filter.limit);
  const last = entries.at(-1);
  return { entries, nextBeforeId: found.length > filter.limit && last ? last.id : undefined };
}
