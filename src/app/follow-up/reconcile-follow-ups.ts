import type { FollowUpGap } from '../../core/follow-up/follow-up-gap.ts';
import type { Actor } from '../../core/team/user.ts';
import { findFollowUpGaps } from '../../store/follow-up.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** A follow-up is late only when it is this much past due: the timer fires within seconds of it. */
export const RECONCILE_SLACK_MINUTES = 60;

export type FollowUpReconciliation = {
  checkedAt: Date;
  /** Follow-ups due before this time and not sent are missing. */
  dueBefore: Date;
  missing: FollowUpGap[];
  doubled: FollowUpGap[];
};

/**
 * The check any admin can run: resolved cases whose follow-up is missing (owed, past due with some
 * slack, none sent) or doubled (more than one for one resolution). Both lists must be empty.
 */
export async function reconcileFollowUps(ctx: AppContext, actor: Actor): Promise<FollowUpReconciliation> {
  assertRole(actor, 'admin');
  const checkedAt = ctx.now();
  const dueBefore = new Date(checkedAt.getTime() - RECONCILE_SLACK_MINUTES * 60_000);
  return { checkedAt, dueBefore, ...(await findFollowUpGaps(ctx.db, dueBefore)) };
}
