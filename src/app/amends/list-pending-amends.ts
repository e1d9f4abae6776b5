import type { Gesture } from '../../core/amends/gesture.ts';
import type { Actor } from '../../core/team/user.ts';
import { listPendingGestures } from '../../store/amend-gesture.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { beyondApproverAuthorityOfEach } from './approver-authority.ts';

export type PendingAmends = {
  gesture: Gesture;
  /** Why this person may not approve it (an admin must); undefined when they may. */
  beyondYourAuthority: string | undefined;
};

/**
 * The supervisors' approval queue, oldest first, each request with whether it is beyond the viewer's
 * own authority — so a supervisor knows before clicking which ones wait for an admin. Three
 * statements however long the queue (the requests, then their limits and spend together).
 */
export async function listPendingAmends(ctx: AppContext, actor: Actor): Promise<PendingAmends[]> {
  assertRole(actor, 'supervisor');
  const now = ctx.now();
  const gestures = await listPendingGestures(ctx.db);
  const beyond = await beyondApproverAuthorityOfEach(ctx.db, actor, gestures, now);
  return gestures.map((gesture) => ({ gesture, beyondYourAuthority: beyond.get(gesture.id) }));
}
