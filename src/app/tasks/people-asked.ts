import type { CaseTask } from '../../core/task/case-task.ts';
import type { Executor } from '../../store/db.ts';
import { listActiveTeamMembers } from '../../store/team.store.ts';
import { findUserById } from '../../store/user.store.ts';

/**
 * Who a task is for, as people to tell: the person it is for when someone has it (if still active),
 * else everyone active in the team it was asked of; nobody for a task of neither.
 */
export async function peopleAsked(
  db: Executor,
  task: Pick<CaseTask, 'assigneeUserId' | 'assigneeTeamId'>,
): Promise<{ id: string; email: string }[]> {
  if (task.assigneeUserId !== undefined) {
    const person = await findUserById(db, task.assigneeUserId);
    return person?.active ? [person] : [];
  }
  return task.assigneeTeamId ? listActiveTeamMembers(db, task.assigneeTeamId) : [];
}
