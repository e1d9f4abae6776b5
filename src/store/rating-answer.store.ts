import { sql } from 'kysely';
import type { Executor } from './db.ts';

export type Click = { key: string; score: number; source: 'page' | 'button' };

/** What became of one click of a batch: recorded against a request, or refused (unknown or expired). */
export type ClickOutcome = { recorded: true; requestId: string; negative: boolean } | { recorded: false };

/**
 * Group commit's one statement: records a whole batch of clicks. Each click on a live request
 * becomes an answer row (history); each request keeps its latest score, and its first answer starts
 * the change window (`changeUntil`, from core/rating/rating-window.ts). Requests are locked, so
 * batches from several instances serialise per request. Outcomes come back in input order.
 */
export async function recordClicks(
  db: Executor,
  clicks: readonly Click[],
  now: Date,
  changeUntil: Date,
): Promise<ClickOutcome[]> {
  if (clicks.length === 0) return [];
  const { rows } = await sql<{ ord: number; request_id: string; negative: boolean }>`
    WITH input AS (
      SELECT * FROM unnest(${clicks.map((c) => c.key)}::text[], ${clicks.map((c) => c.score)}::int[],
                           ${clicks.map((c) => c.source)}::text[], ${clicks.map((_, i) => i)}::int[])
        AS t(key, score, source, ord)
    ),
    live AS (
      SELECT r.id, r.negative_at_most FROM rating_requests r
      WHERE r.key IN (SELECT key FROM input) AND r.expires_at > ${now}
      ORDER BY r.id
      FOR UPDATE
    ),
    valid AS (
      SELECT i.ord, i.score, i.source, live.id AS request_id, (i.score <= live.negative_at_most) AS negative
      FROM input i JOIN rating_requests r ON r.key = i.key JOIN live ON live.id = r.id
      JOIN surveys s ON s.id = r.survey_id
      -- Only a score on the survey's own scale; links are signed, so this guards our own mistakes.
      WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(s.scale) point WHERE (point->>'score')::int = i.score)
    ),
    answers AS (
      INSERT INTO rating_answers (request_id, score, source, at)
      SELECT request_id, score, source, ${now} FROM valid ORDER BY ord
    ),
    latest AS (
      SELECT DISTINCT ON (request_id) request_id, score FROM valid ORDER BY request_id, ord DESC
    ),
    updated AS (
      UPDATE rating_requests r SET
        expires_at = CASE WHEN r.first_answered_at IS NULL THEN ${changeUntil} ELSE r.expires_at END,
        first_answered_at = coalesce(r.first_answered_at, ${now}),
        last_answered_at = ${now},
        last_score = latest.score
      FROM latest WHERE r.id = latest.request_id
    )
    SELECT ord, request_id, negative FROM valid
  `.execute(db);
  const outcomes: ClickOutcome[] = clicks.map(() => ({ recorded: false }));
  for (const row of rows)
    outcomes[row.ord] = { recorded: true, requestId: row.request_id, negative: row.negative };
  return outcomes;
}

/**
 * Queues the recovery check for requests answered negatively, in the caller's transaction. Keyed by
 * request, so a customer who clicks red then amber makes one job, never two cases.
 */
export async function enqueueRecoveryChecks(db: Executor, requestIds: readonly string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await sql`
    SELECT graphile_worker.add_job('check-rating-recovery', json_build_object('requestId', id),
                                   job_key => 'rating-recovery:' || id, job_key_mode => 'preserve_run_at')
    FROM unnest(${[...new Set(requestIds)]}::uuid[]) AS id
  `.execute(db);
}

export async function countAnswers(db: Executor, requestId: string): Promise<number> {
  const row = await db
    .selectFrom('rating_answers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', requestId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertRatingComment(
  db: Executor,
  requestId: string,
  body: string,
  at: Date,
): Promise<number> {
  const row = await db
    .insertInto('rating_comments')
    .values({ request_id: requestId, body, at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export type ReportableFeedback = {
  answers: { id: number; score: number; at: Date }[];
  comments: { id: number; body: string; at: Date }[];
};

/** Answers and comments of a request after the given ids: what its case has not been told yet. */
export async function listFeedbackAfter(
  db: Executor,
  requestId: string,
  after: { answerId: number; commentId: number },
): Promise<ReportableFeedback> {
  const answers = await db
    .selectFrom('rating_answers')
    .select(['id', 'score', 'at'])
    .where('request_id', '=', requestId)
    .where('id', '>', after.answerId)
    .orderBy('id')
    .execute();
  const comments = await db
    .selectFrom('rating_comments')
    .select(['id', 'body', 'at'])
    .where('request_id', '=', requestId)
    .where('id', '>', after.commentId)
    .orderBy('id')
    .execute();
  return { answers, comments };
}

export async function listCommentBodies(db: Executor, requestId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('rating_comments')
    .select('body')
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.body);
}
