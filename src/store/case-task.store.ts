import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { CaseTask, CaseTaskKind, CaseTaskStatus } from '../core/task/case-task.ts';
import type { Executor } from './db.ts';
import type { CaseTaskTable } from './schema.ts';

function rowToTask(row: Selectable<CaseTaskTable>): CaseTask {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as CaseTaskKind,
    assigneeUserId: row.assignee_user_id ?? undefined,
    assigneeTeamId: row.assignee_team_id ?? undefined,
    createdBy: row.created_by ?? undefined,
    what: row.what,
    script: row.script ?? undefined,
    partnerName: row.partner_name ?? undefined,
    partnerContact: row.partner_contact ?? undefined,
    dueAt: row.due_at ?? undefined,
    status: row.status as CaseTaskStatus,
    outcome: row.outcome ?? undefined,
    completedAt: row.completed_at ?? undefined,
    completedBy: row.completed_by ?? undefined,
    createdAt: row.created_at,
  };
}

export async function insertCaseTask(
  db: Executor,
  task: Pick<CaseTask, 'caseId' | 'kind' | 'assigneeUserId' | 'what' | 'script' | 'dueAt' | 'createdAt'> &
    Partial<Pick<CaseTask, 'assigneeTeamId' | 'createdBy' | 'partnerName' | 'partnerContact'>>,
): Promise<CaseTask> {
  const row = await db
    .insertInto('case_tasks')
    .values({
      case_id: task.caseId,
      kind: task.kind,
      assignee_user_id: task.assigneeUserId ?? null,
      assignee_team_id: task.assigneeTeamId ?? null,
      created_by: task.createdBy ?? null,
      what: task.what,
      script: task.script ?? null,
      partner_name: task.partnerName ?? null,
      partner_contact: task.partnerContact ?? null,
      due_at: task.dueAt ?? null,
      outcome: null,
      completed_at: null,
      completed_by: null,
      created_at: task.createdAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToTask(row);
}

export async function listCaseTasks(db: Executor, caseId: string): Promise<CaseTask[]> {
  const rows = await db
    .selectFrom('case_tasks')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(rowToTask);
}

export async function lockCaseTask(db: Executor, id: string): Promise<CaseTask | undefined> {
  const row = await db
    .selectFrom('case_tasks')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? rowToTask(row) : undefined;
}

export async function completeCaseTask(
  db: Executor,
  id: string,
  done: { outcome: string; by: string; at: Date },
): Promise<CaseTask> {
  const row = await db
    .updateTable('case_tasks')
    .set({
      status: 'done',
      outcome: done.outcome,
      completed_by: done.by,
      completed_at: done.at,
      updated_at: done.at,
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToTask(row);
}

/** Gives a team's task to one person in it ("I'll take it"); the team stays named. */
export async function assignCaseTask(db: Executor, id: string, userId: string, at: Date): Promise<CaseTask> {
  const row = await db
    .updateTable('case_tasks')
    .set({ assignee_user_id: userId, updated_at: at })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToTask(row);
}

/** A task asked of someone, with the case it is on (for a list of one's tasks). */
export type TaskOnCase = { task: CaseTask; caseNumber: number; caseTitle: string; caseOwnerId: string };

/**
 * The tasks asked of a person or of any of their teams, due first (those with no due time last), then
 * oldest first; `status` open (the default use) or done.
 */
export async function listTasksAskedOf(
  db: Executor,
  who: { userId: string; teamIds: readonly string[] },
  status: CaseTaskStatus,
  limit: number,
): Promise<TaskOnCase[]> {
  const rows = await db
    .selectFrom('case_tasks')
    .innerJoin('cases', 'cases.id', 'case_tasks.case_id')
    .selectAll('case_tasks')
    .select(['cases.number as case_number', 'cases.title as case_title', 'cases.owner_id as case_owner_id'])
    .where('case_tasks.status', '=', status)
    .where((eb) =>
      eb.or([
        eb('case_tasks.assignee_user_id', '=', who.userId),
        ...(who.teamIds.length > 0 ? [eb('case_tasks.assignee_team_id', 'in', [...who.teamIds])] : []),
      ]),
    )
    .orderBy(sql`case_tasks.due_at ASC NULLS LAST`)
    .orderBy('case_tasks.created_at')
    .orderBy('case_tasks.id')
    .limit(limit)
    .execute();
  return rows.map(({ case_number, case_title, case_owner_id, ...row }) => ({
    task: rowToTask(row),
    caseNumber: Number(case_number),
    caseTitle: case_title,
    caseOwnerId: case_owner_id,
  }));
}

export async function findCaseTask(db: Executor, id: string): Promise<CaseTask | undefined> {
  const row = await db.selectFrom('case_tasks').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToTask(row) : undefined;
}
