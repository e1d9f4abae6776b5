import { approverOverruns, monthOf } from '../../core/amends/authority.ts';
import type { Gesture } from '../../core/amends/gesture.ts';
import type { Actor } from '../../core/team/user.ts';
import { findAuthorityLimit } from '../../store/amend-catalogue.store.ts';
import { findApproverSpent } from '../../store/amend-gesture.store.ts';
import type { Executor } from '../../store/db.ts';

/**
 * Why approving this request would go beyond the actor's own authority (core/amends/authority
 * #approverOverruns), in one sentence a person can act on; undefined when they may approve it.
 * Read by the approval itself (under its locks) and by the queue, so a supervisor sees beforehand
 * which requests wait for an admin.
 */
export async function beyondApproverAuthority(
  db: Executor,
  actor: Actor,
  gesture: Gesture,
  now: Date,
): Promise<string | undefined> {
  if (actor.role === 'admin' || gesture.amountMinor === undefined || !gesture.currency) return undefined;
  const money = { amountMinor: gesture.amountMinor, currency: gesture.currency };
  const month = monthOf(now);
  const [limit, spent] = await Promise.all([
    findAuthorityLimit(db, actor.role, gesture.gestureTypeId, money.currency),
    findApproverSpent(db, {
      caseId: gesture.caseId,
      approverId: actor.userId,
      gestureTypeId: gesture.gestureTypeId,
      currency: money.currency,
      monthStart: month.start,
      monthEnd: month.end,
    }),
  ]);
  const overruns = approverOverruns(actor, limit, money, spent);
  if (overruns.length === 0) return undefined;
  return `Above your own authority: ${overruns.map((o) => o.message).join(' ')} An admin approves it; it stays in the queue.`;
}
