import type { Selectable } from 'kysely';
import type { NeedAnswer } from '../core/knock-on/need-answer.ts';
import type { Executor } from './db.ts';
import type { CaseNeedAnswerTable } from './schema.ts';

function rowToAnswer(row: Selectable<CaseNeedAnswerTable>): NeedAnswer {
  return {
    caseId: row.case_id,
    needId: row.need_id,
    answer: row.answer,
    label: row.label,
    partnerName: row.partner_name ?? undefined,
    partnerContact: row.partner_contact ?? undefined,
    note: row.note ?? undefined,
    taskId: row.task_id ?? undefined,
    answeredBy: row.answered_by,
    answeredAt: row.answered_at,
  };
}

/** The case's answers, in the order they were given (answers given at once: in checklist order). */
export async function listCaseNeedAnswers(db: Executor, caseId: string): Promise<NeedAnswer[]> {
  const rows = await db
    .selectFrom('case_need_answers')
    .innerJoin('knock_on_needs', 'knock_on_needs.id', 'case_need_answers.need_id')
    .selectAll('case_need_answers')
    .where('case_need_answers.case_id', '=', caseId)
    .orderBy('case_need_answers.answered_at')
    .orderBy('knock_on_needs.position')
    .execute();
  return rows.map(rowToAnswer);
}

export async function findCaseNeedAnswer(
  db: Executor,
  caseId: string,
  needId: string,
): Promise<NeedAnswer | undefined> {
  const row = await db
    .selectFrom('case_need_answers')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('need_id', '=', needId)
    .executeTakeFirst();
  return row ? rowToAnswer(row) : undefined;
}

/** Records the answer; the primary key (case, need) refuses a second one (23505). */
export async function insertCaseNeedAnswer(db: Executor, answer: NeedAnswer): Promise<NeedAnswer> {
  const row = await db
    .insertInto('case_need_answers')
    .values({
      case_id: answer.caseId,
      need_id: answer.needId,
      answer: answer.answer,
      label: answer.label,
      partner_name: answer.partnerName ?? null,
      partner_contact: answer.partnerContact ?? null,
      note: answer.note ?? null,
      task_id: answer.taskId ?? null,
      answered_by: answer.answeredBy,
      answered_at: answer.answeredAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToAnswer(row);
}

/** Forgets a "not needed" answer that becomes "needed" after all; the timeline keeps both. */
export async function deleteCaseNeedAnswer(db: Executor, caseId: string, needId: string): Promise<void> {
  await db
    .deleteFrom('case_need_answers')
    .where('case_id', '=', caseId)
    .where('need_id', '=', needId)
    .execute();
}
