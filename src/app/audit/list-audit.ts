import type { AuditEntry } from '../../core/audit/audit-entry.ts';
import type { Actor } from '../../core/team/user.ts';
import { listAudit as listEntries } from '../../store/audit.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** Newest first; page with `beforeId`. Admins only. */
export function listAudit(
  ctx: AppContext,
  actor: Actor,
  options: { limit: number; beforeId?: number | undefined },
): Promise<AuditEntry[]> {
  assertRole(actor, 'admin');
  return listEntries(ctx.db, options);
}
