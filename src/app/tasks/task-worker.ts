import type { Actor } from '../../core/team/user.ts';
import type { Executor } from '../../store/db.ts';
import { findUserById } from '../../store/user.store.ts';

/** The actor with the teams they are in: a team's task is anyone's in it. */
export async function taskWorkerOf(
  db: Executor,
  actor: Actor,
): Promise<{ userId: string; role: Actor['role']; teamIds: string[] }> {
  const user = await findUserById(db, actor.userId);
  return { userId: actor.userId, role: actor.role, teamIds: user?.teamIds ?? [] };
}
