import type { Gesture } from '../../core/amends/gesture.ts';
import type { Actor } from '../../core/team/user.ts';
import { listPendingGestures } from '../../store/amend-gesture.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { beyondApproverAuthority } from './approver-authority.ts';

export type PendingAmends = {
  gesture: Gesture;
  /** Why this person may not approve it (an admin must); undefined when they may. */
  beyondYourAuthority: string | undefined;
};

/**
 * The supervisors' approval queue, oldest first, each request with whether it is beyond the viewer's
 * own authority — so a supervisor knows before clicking which ones wait for an admin.
 */
export async function listPendingAmends(ctx: AppContext, actor: Actor): Promise<PendingAmends[]> {
  assertRole(actor, 'supervisor');
  const now = ctx.now();
  const gestures = await listPendingGestures(ctx.db);
  return Promise.all(
    gestures.map(async (gesture) => ({
      gesture,
      beyondYourAuthority: await beyondApproverAuthority(ctx.db, actor, gesture, now),
    })),
  );
}
