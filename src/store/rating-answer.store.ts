import type pg from 'pg';
import type { LiveMessage } from '../core/live/live-message.ts';
import type { TimedAnswer } from '../core/rating/scanner-burst.ts';
import type { Executor } from './db.ts';
import { LIVE_CHANNEL } from './live.store.ts';

export type Click = { key: string; score: number; source: 'page' | 'button' };

/** What became of one click of a batch: recorded against a request, or refused (unknown or expired). */
/**
 * `checkDue`: the click left a recovery check due (a negative answer, a request that has a case, or
 * a click that may belong to a scanner's run: another score of the request within seconds).
 */
export type ClickOutcome = { recorded: true; requestId: string; checkDue: boolean } | { recorded: false };

/**
 * Group commit's one statement, its own transaction: records a whole batch of clicks in a single
 * round trip. Each click on a live request (not expired, score on its survey's scale) becomes an
 * answer row (history); each request keeps its latest score, and its first answer starts the change
 * window (`changeUntil`, from core/rating/rating-window.ts). A negatively answered request, or one
 * whose feedback already went to a case (a changed mind belongs on it), is noted as due its check (recovery_checks_due, turned into jobs by
 * store/recovery-check.store.ts), and any recorded click tells the consoles: all committed with the
 * answers or not at all.
 *
 * Prepared by name, so each pooled connection plans it once: planning a fresh statement cost ~0.5 ms
 * of a ~4 ms batch (measured with EXPLAIN ANALYZE under `npm run bench -- ratings`).
 *
 * Outcomes come back in input order.
 */
export async function recordClicks(
  pool: pg.Pool,
  clicks: readonly Click[],
  times: { now: Date; changeUntil: Date; runSince: Date },
): Promise<ClickOutcome[]> {
  if (clicks.length === 0) return [];
  const { rows } = await pool.query<{ ord: number; request_id: string; check_due: boolean }>({
    name: 'record-rating-clicks',
    text: RECORD_CLICKS,
    values: [
      clicks.map((c) => c.key),
      clicks.map((c) => c.score),
      clicks.map((c) => c.source),
      times.now,
      times.changeUntil,
      LIVE_CHANNEL,
      JSON.stringify({ type: 'rating.recorded' } satisfies LiveMessage),
      times.runSince,
    ],
  });
  const outcomes: ClickOutcome[] = clicks.map(() => ({ recorded: false }));
  for (const row of rows)
    outcomes[row.ord] = { recorded: true, requestId: row.request_id, checkDue: row.check_due };
  return outcomes;
}

// $1 keys, $2 scores, $3 sources (one entry per click), $4 now, $5 the change window's end for a
// first answer, $6 the live channel, $7 its message, $8 the start of the gap within which an earlier
// answer makes this click part of a run (core/rating/scanner-burst.ts).
const RECORD_CLICKS = `
  WITH input AS (
    SELECT key, score, source, (n - 1)::int AS ord
    FROM unnest($1::text[], $2::int[], $3::text[]) WITH ORDINALITY AS t(key, score, source, n)
  ),
  valid AS (
    SELECT i.ord, i.score, i.source, r.id AS request_id, (i.score <= r.negative_at_most) AS negative,
           r.survey_id, r.touchpoint_type, r.team_id,
           -- Maybe a scanner's run: the request was answered seconds ago, or gets two scores in this
           -- batch. Its check is held until the run is over (store/recovery-check.store.ts).
           (coalesce(r.last_answered_at > $8::timestamptz, false)
             OR min(i.score) OVER (PARTITION BY r.id) <> max(i.score) OVER (PARTITION BY r.id)) AS in_run
    FROM input i JOIN rating_requests r ON r.key = i.key JOIN surveys s ON s.id = r.survey_id
    -- Only a score on the survey's own scale; links are signed, so this guards our own mistakes.
    WHERE EXISTS (SELECT 1 FROM jsonb_array_elements(s.scale) point WHERE (point->>'score')::int = i.score)
  ),
  latest AS (
    SELECT DISTINCT ON (request_id) request_id, score FROM valid ORDER BY request_id, ord DESC
  ),
  updated AS (
    -- The expiry is judged by the UPDATE itself: a request that another batch (another instance)
    -- changed meanwhile is re-read at its latest version first.
    UPDATE rating_requests r SET
      expires_at = CASE WHEN r.first_answered_at IS NULL THEN $5::timestamptz ELSE r.expires_at END,
      first_answered_at = coalesce(r.first_answered_at, $4::timestamptz),
      last_answered_at = $4::timestamptz,
      last_score = latest.score
    FROM latest WHERE r.id = latest.request_id AND r.expires_at > $4::timestamptz
    RETURNING r.id, r.case_id IS NOT NULL AS on_case
  ),
  recorded AS (
    SELECT valid.*, updated.on_case FROM valid JOIN updated ON updated.id = valid.request_id
  ),
  answers AS (
    -- Each answer carries what happiness is counted by (store/feedback.store.ts#countHappiness).
    INSERT INTO rating_answers (request_id, score, source, at, survey_id, touchpoint_type, team_id)
    SELECT request_id, score, source, $4::timestamptz, survey_id, touchpoint_type, team_id FROM recorded ORDER BY ord
  ),
  due AS (
    INSERT INTO recovery_checks_due (request_id)
    -- A negative answer may need a case; any answer on a request with a case belongs on its timeline;
    -- a run of clicks may be a scanner's, whose answers the check sets aside.
    SELECT DISTINCT request_id FROM recorded WHERE negative OR on_case OR in_run
    ON CONFLICT (request_id) DO NOTHING
  ),
  live AS (
    SELECT pg_notify($6::text, $7::text) WHERE EXISTS (SELECT 1 FROM recorded)
  )
  SELECT ord, request_id, negative OR on_case OR in_run AS check_due FROM recorded
  -- Referenced, so it runs: a CTE that only SELECTs runs when read (INSERTs and UPDATEs always run).
  WHERE (SELECT count(*) FROM live) >= 0
`;

/** Keeps a comment under the answer it was written after (undefined: the request has no answer yet). */
export async function insertRatingComment(
  db: Executor,
  comment: { requestId: string; answerId: number | undefined; body: string; at: Date },
): Promise<number> {
  const row = await db
    .insertInto('rating_comments')
    .values({
      request_id: comment.requestId,
      answer_id: comment.answerId ?? null,
      body: comment.body,
      at: comment.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The request's latest answer; call it with the request locked, so no click can slip in after. */
export async function findLatestAnswer(
  db: Executor,
  requestId: string,
): Promise<{ id: number; score: number } | undefined> {
  return (
    db
      .selectFrom('rating_answers')
      .select(['id', 'score'])
      .where('request_id', '=', requestId)
      // A scanner's run, set aside, is not what the customer said.
      .where('set_aside_at', 'is', null)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
  );
}

export type ReportableFeedback = {
  /** The answer the case was last told of (or, before any, none): what a change of mind is measured against. */
  previous: { id: number; score: number } | undefined;
  answers: { id: number; score: number; at: Date }[];
  comments: { id: number; answerId: number | undefined; body: string; at: Date }[];
};

/** Answers and comments of a request after the given ids: what its case has not been told yet. */
export async function listFeedbackAfter(
  db: Executor,
  requestId: string,
  after: { answerId: number; commentId: number },
): Promise<ReportableFeedback> {
  const previous = await db
    .selectFrom('rating_answers')
    .select(['id', 'score'])
    .where('request_id', '=', requestId)
    .where('id', '<=', after.answerId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const answers = await db
    .selectFrom('rating_answers')
    .select(['id', 'score', 'at'])
    .where('request_id', '=', requestId)
    .where('id', '>', after.answerId)
    .where('set_aside_at', 'is', null)
    .orderBy('id')
    .execute();
  const comments = await db
    .selectFrom('rating_comments')
    .select(['id', 'answer_id', 'body', 'at'])
    .where('request_id', '=', requestId)
    .where('id', '>', after.commentId)
    .orderBy('id')
    .execute();
  return {
    previous,
    answers,
    comments: comments.map((c) => ({ id: c.id, answerId: c.answer_id ?? undefined, body: c.body, at: c.at })),
  };
}

/** A request's comments, oldest first, each with the answer it was written after. */
export async function listRequestComments(
  db: Executor,
  requestId: string,
): Promise<{ answerId: number | undefined; body: string }[]> {
  const rows = await db
    .selectFrom('rating_comments')
    .select(['answer_id', 'body'])
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ answerId: row.answer_id ?? undefined, body: row.body }));
}

/** The answers of a request that count (not set aside), oldest first. */
export async function listCountedAnswers(db: Executor, requestId: string): Promise<TimedAnswer[]> {
  return db
    .selectFrom('rating_answers')
    .select(['id', 'score', 'at'])
    .where('request_id', '=', requestId)
    .where('set_aside_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Sets answers aside (a scanner's run): kept as history, counted nowhere. */
export async function setAnswersAside(db: Executor, ids: readonly number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('rating_answers')
    .set({ set_aside_at: now })
    .where('id', 'in', [...ids])
    .execute();
}
