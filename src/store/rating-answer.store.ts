import { sql } from 'kysely';
import type { Executor } from './db.ts';
import { queueRowJobs, RECOVERY_CHECK, rowJobSpecs } from './job.store.ts';
import { LIVE_CHANNEL, type LiveMessage } from './live.store.ts';

export type Click = { key: string; score: number; source: 'page' | 'button' };

/** What became of one click of a batch: recorded against a request, or refused (unknown or expired). */
export type ClickOutcome = { recorded: true; requestId: string; negative: boolean } | { recorded: false };

/**
 * Group commit's one statement, its own transaction: records a whole batch of clicks in a single
 * round trip. Each click on a live request (not expired, score on its survey's scale) becomes an
 * answer row (history); each request keeps its latest score, and its first answer starts the change
 * window (`changeUntil`, from core/rating/rating-window.ts). Negative answers queue their recovery
 * checks (one add_jobs call for the batch, store/job.store.ts) and any
 * recorded click tells the consoles, both committed with the answers or not at all.
 *
 * Outcomes come back in input order.
 */
export async function recordClicks(
  db: Executor,
  clicks: readonly Click[],
  now: Date,
  changeUntil: Date,
): Promise<ClickOutcome[]> {
  if (clicks.length === 0) return [];
  const { rows } = await recordClicksQuery(clicks, now, changeUntil).execute(db);
  const outcomes: ClickOutcome[] = clicks.map(() => ({ recorded: false }));
  for (const row of rows)
    outcomes[row.ord] = { recorded: true, requestId: row.request_id, negative: row.negative };
  return outcomes;
}

function recordClicksQuery(clicks: readonly Click[], now: Date, changeUntil: Date) {
  return sql<{ ord: number; request_id: string; negative: boolean }>`
    WITH input AS (
      SELECT * FROM unnest(${clicks.map((c) => c.key)}::text[], ${clicks.map((c) => c.score)}::int[],
                           ${clicks.map((c) => c.source)}::text[], ${clicks.map((_, i) => i)}::int[])
        AS t(key, score, source, ord)
    ),
    valid AS (
      SELECT i.ord, i.score, i.source, r.id AS request_id, (i.score <= r.negative_at_most) AS negative
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
        expires_at = CASE WHEN r.first_answered_at IS NULL THEN ${changeUntil} ELSE r.expires_at END,
        first_answered_at = coalesce(r.first_answered_at, ${now}),
        last_answered_at = ${now},
        last_score = latest.score
      FROM latest WHERE r.id = latest.request_id AND r.expires_at > ${now}
      RETURNING r.id
    ),
    recorded AS (
      SELECT valid.* FROM valid JOIN updated ON updated.id = valid.request_id
    ),
    answers AS (
      INSERT INTO rating_answers (request_id, score, source, at)
      SELECT request_id, score, source, ${now} FROM recorded ORDER BY ord
    ),
    jobs AS (
      -- The condition is evaluated first: a batch without negative answers adds no job at all.
      SELECT count(*) AS n FROM graphile_worker.add_jobs(
        ${rowJobSpecs(RECOVERY_CHECK, sql`SELECT DISTINCT request_id FROM recorded WHERE negative`)}, true)
      WHERE (SELECT bool_or(negative) FROM recorded)
    ),
    live AS (
      SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ type: 'rating.recorded' } satisfies LiveMessage)})
      WHERE EXISTS (SELECT 1 FROM recorded)
    )
    SELECT ord, request_id, negative FROM recorded
    -- Referenced, so both run (a CTE that is only SELECTed runs when read).
    WHERE (SELECT n FROM jobs) >= 0 AND (SELECT count(*) FROM live) >= 0
  `;
}

/**
 * Queues the recovery check for requests answered or commented on negatively, in the caller's
 * transaction. Keyed by request, so a customer who clicks red then amber makes one job, never two cases.
 */
export async function enqueueRecoveryChecks(db: Executor, requestIds: readonly string[]): Promise<void> {
  await queueRowJobs(db, RECOVERY_CHECK, requestIds);
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
