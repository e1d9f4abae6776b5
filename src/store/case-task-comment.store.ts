import type { Selectable } from 'kysely';
import type { CaseTaskComment } from '../core/task/case-task.ts';
import type { Executor } from './db.ts';
import type { CaseTaskCommentTable } from './schema.ts';

function rowToComment(row: Selectable<CaseTaskCommentTable>): CaseTaskComment {
  return {
    id: row.id,
    taskId: row.task_id,
    authorId: row.author_id,
    body: row.body,
    createdAt: row.created_at,
  };
}

export async function insertTaskComment(
  db: Executor,
  comment: Pick<CaseTaskComment, 'taskId' | 'authorId' | 'body' | 'createdAt'>,
): Promise<CaseTaskComment> {
  const row = await db
    .insertInto('case_task_comments')
    .values({
      task_id: comment.taskId,
      author_id: comment.authorId,
      body: comment.body,
      created_at: comment.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToComment(row);
}

/** The comments on these tasks, oldest first, by task id (a task with none is absent). */
export async function listTaskComments(
  db: Executor,
  taskIds: readonly string[],
): Promise<Map<string, CaseTaskComment[]>> {
  const byTask = new Map<string, CaseTaskComment[]>();
  if (taskIds.length === 0) return byTask;
  const rows = await db
    .selectFrom('case_task_comments')
    .selectAll()
    .where('task_id', 'in', [...taskIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const comment = rowToComment(row);
    byTask.set(comment.taskId, [...(byTask.get(comment.taskId) ?? []), comment]);
  }
  return byTask;
}
