import type { Gesture } from '../../core/amends/gesture.ts';
import type { Actor } from '../../core/team/user.ts';
import { listPendingGestures } from '../../store/amend-gesture.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/** The supervisors' approval queue, oldest first. */
export async function listPendingAmends(ctx: AppContext, actor: Actor): Promise<Gesture[]> {
  assertRole(actor, 'supervisor');
  return listPendingGestures(ctx.db);
}
