import type { Selectable } from 'kysely';
import type { CaseResolution, ResolutionParts } from '../core/case/case-resolution.ts';
import type { Executor } from './db.ts';
import type { CaseResolutionTable } from './schema.ts';

function rowToResolution(row: Selectable<CaseResolutionTable>): CaseResolution {
  return {
    id: row.id,
    caseId: row.case_id,
    number: row.number,
    whatWentWrong: row.what_went_wrong,
    howFixed: row.how_fixed,
    whyNotAgain: row.why_not_again,
    resolvedBy: row.resolved_by ?? undefined,
    resolvedAt: row.resolved_at,
    followUpDueAt: row.follow_up_due_at,
    followUpCancelledAt: row.follow_up_cancelled_at ?? undefined,
  };
}

/** The case's next resolution (its number one past the last), in the caller's transaction with the case locked. */
export async function insertCaseResolution(
  db: Executor,
  input: ResolutionParts & {
    caseId: string;
    resolvedBy: string | undefined;
    resolvedAt: Date;
    followUpDueAt: Date;
  },
): Promise<CaseResolution> {
  const last = await db
    .selectFrom('case_resolutions')
    .select((eb) => eb.fn.max('number').as('number'))
    .where('case_id', '=', input.caseId)
    .executeTakeFirst();
  const row = await db
    .insertInto('case_resolutions')
    .values({
      case_id: input.caseId,
      number: (last?.number ?? 0) + 1,
      what_went_wrong: input.whatWentWrong,
      how_fixed: input.howFixed,
      why_not_again: input.whyNotAgain,
      resolved_by: input.resolvedBy ?? null,
      resolved_at: input.resolvedAt,
      follow_up_due_at: input.followUpDueAt,
      follow_up_cancelled_at: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToResolution(row);
}

export async function findLatestResolution(
  db: Executor,
  caseId: string,
): Promise<CaseResolution | undefined> {
  const row = await db
    .selectFrom('case_resolutions')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? rowToResolution(row) : undefined;
}

export async function findResolutionById(db: Executor, id: string): Promise<CaseResolution | undefined> {
  const row = await db.selectFrom('case_resolutions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToResolution(row) : undefined;
}

/** The case reopened before the follow-up went: none is owed for this resolution any more. */
export async function cancelResolutionFollowUp(db: Executor, id: string, now: Date): Promise<void> {
  await db
    .updateTable('case_resolutions')
    .set({ follow_up_cancelled_at: now })
    .where('id', '=', id)
    .where('follow_up_cancelled_at', 'is', null)
    .execute();
}
