import type { RatingRequest } from '../core/rating/rating-request.ts';
import type { StandingAnswer } from '../core/rating/scanner-burst.ts';
import type { Executor } from './db.ts';
import type { RatingRequestRow } from './schema.ts';

export function ratingRequestRowToRatingRequest(row: RatingRequestRow): RatingRequest {
  return {
    id: row.id,
    key: row.key,
    surveyId: row.survey_id,
    customerId: row.customer_id,
    touchpointType: row.touchpoint_type,
    touchpointRef: row.touchpoint_ref,
    teamId: row.team_id ?? undefined,
    negativeAtMost: row.negative_at_most,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    firstAnsweredAt: row.first_answered_at ?? undefined,
    lastAnsweredAt: row.last_answered_at ?? undefined,
    lastScore: row.last_score ?? undefined,
    caseId: row.case_id ?? undefined,
  };
}

export async function insertRatingRequest(
  db: Executor,
  request: Pick<
    RatingRequest,
    | 'key'
    | 'surveyId'
    | 'customerId'
    | 'touchpointType'
    | 'touchpointRef'
    | 'teamId'
    | 'negativeAtMost'
    | 'createdAt'
    | 'expiresAt'
  >,
): Promise<RatingRequest> {
  const row = await db
    .insertInto('rating_requests')
    .values({
      key: request.key,
      survey_id: request.surveyId,
      customer_id: request.customerId,
      touchpoint_type: request.touchpointType,
      touchpoint_ref: request.touchpointRef,
      team_id: request.teamId ?? null,
      negative_at_most: request.negativeAtMost,
      created_at: request.createdAt,
      expires_at: request.expiresAt,
      first_answered_at: null,
      last_answered_at: null,
      last_score: null,
      case_id: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return ratingRequestRowToRatingRequest(row);
}

export async function findRatingRequestById(db: Executor, id: string): Promise<RatingRequest | undefined> {
  const row = await db.selectFrom('rating_requests').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? ratingRequestRowToRatingRequest(row) : undefined;
}

/** The rating requests of these ids, by id (absent ones missing). */
export async function findRatingRequestsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, RatingRequest>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('rating_requests')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, ratingRequestRowToRatingRequest(row)]));
}

export async function findRatingRequestByKey(db: Executor, key: string): Promise<RatingRequest | undefined> {
  const row = await db.selectFrom('rating_requests').selectAll().where('key', '=', key).executeTakeFirst();
  return row ? ratingRequestRowToRatingRequest(row) : undefined;
}

export async function lockRatingRequestById(db: Executor, id: string): Promise<RatingRequest | undefined> {
  const row = await db
    .selectFrom('rating_requests')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? ratingRequestRowToRatingRequest(row) : undefined;
}

export async function lockRatingRequestByKey(db: Executor, key: string): Promise<RatingRequest | undefined> {
  const row = await db
    .selectFrom('rating_requests')
    .selectAll()
    .where('key', '=', key)
    .forUpdate()
    .executeTakeFirst();
  return row ? ratingRequestRowToRatingRequest(row) : undefined;
}

/** A request made about a case (the follow-up's recovery rating): its answers are told on that case. */
export async function linkRatingRequestToCase(db: Executor, id: string, caseId: string): Promise<void> {
  await db.updateTable('rating_requests').set({ case_id: caseId }).where('id', '=', id).execute();
}

/** Links the request to its case and notes what the case's timeline now tells. */
export async function markFeedbackReported(
  db: Executor,
  id: string,
  report: { caseId: string; answerId: number; commentId: number },
): Promise<void> {
  await db
    .updateTable('rating_requests')
    .set((eb) => ({
      case_id: report.caseId,
      reported_answer_id: eb.fn('greatest', [eb.ref('reported_answer_id'), eb.val(report.answerId)]),
      reported_comment_id: eb.fn('greatest', [eb.ref('reported_comment_id'), eb.val(report.commentId)]),
    }))
    .where('id', '=', id)
    .execute();
}

/** How far the request's feedback has been reported to a case. */
export async function findReportedThrough(
  db: Executor,
  id: string,
): Promise<{ answerId: number; commentId: number }> {
  const row = await db
    .selectFrom('rating_requests')
    .select(['reported_answer_id', 'reported_comment_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { answerId: row.reported_answer_id, commentId: row.reported_comment_id };
}

/** Rewrites a request's latest answer and change window (after answers were set aside). */
export async function saveStandingAnswer(db: Executor, id: string, standing: StandingAnswer): Promise<void> {
  await db
    .updateTable('rating_requests')
    .set({
      last_score: standing.lastScore ?? null,
      first_answered_at: standing.firstAnsweredAt ?? null,
      last_answered_at: standing.lastAnsweredAt ?? null,
      expires_at: standing.expiresAt,
    })
    .where('id', '=', id)
    .execute();
}
