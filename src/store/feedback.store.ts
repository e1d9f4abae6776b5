import { type RawBuilder, sql } from 'kysely';
import type { FeedbackAnswer, FeedbackComment } from '../core/rating/feedback-answer.ts';
import type { HappinessCounts, HappinessGrouping, HappinessPeriod } from '../core/rating/happiness.ts';
import type { SurveyKind } from '../core/rating/survey-scale.ts';
import type { Executor } from './db.ts';

/**
 * Answers newest first, with their customer, survey and touchpoint; `before` pages back by answer id.
 * Walks the answers' primary key backwards, so a page costs the same however much history there is.
 */
export async function listFeedbackAnswers(
  db: Executor,
  page: { limit: number; before?: number | undefined },
): Promise<FeedbackAnswer[]> {
  let query = db
    .selectFrom('rating_answers as a')
    .innerJoin('rating_requests as r', 'r.id', 'a.request_id')
    .innerJoin('surveys as s', 's.id', 'r.survey_id')
    .innerJoin('customers as c', 'c.id', 'r.customer_id')
    .select((eb) => [
      'a.id',
      'a.request_id',
      'a.score',
      'a.at',
      'r.touchpoint_type',
      'r.touchpoint_ref',
      'r.team_id',
      'r.case_id',
      'c.id as customer_id',
      'c.name as customer_name',
      's.id as survey_id',
      's.name as survey_name',
      's.kind as survey_kind',
      's.scale as survey_scale',
      eb
        .not(
          eb.exists(
            eb
              .selectFrom('rating_answers as later')
              .select('later.id')
              .whereRef('later.request_id', '=', 'a.request_id')
              .whereRef('later.id', '>', 'a.id')
              .where('later.set_aside_at', 'is', null),
          ),
        )
        .as('current'),
    ])
    // A scanner's run of clicks (core/rating/scanner-burst.ts) is not feedback.
    .where('a.set_aside_at', 'is', null)
    .orderBy('a.id', 'desc')
    .limit(page.limit);
  if (page.before !== undefined) query = query.where('a.id', '<', page.before);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    requestId: row.request_id,
    score: row.score,
    at: row.at,
    current: Boolean(row.current),
    customer: { id: row.customer_id, name: row.customer_name },
    survey: { id: row.survey_id, name: row.survey_name, kind: row.survey_kind, scale: row.survey_scale },
    touchpoint: { type: row.touchpoint_type, ref: row.touchpoint_ref },
    teamId: row.team_id ?? undefined,
    caseId: row.case_id ?? undefined,
  }));
}

/** The latest `perAnswer` comments written after each of these answers, oldest first. */
export async function listLatestComments(
  db: Executor,
  answerIds: readonly number[],
  perAnswer: number,
): Promise<FeedbackComment[]> {
  if (answerIds.length === 0) return [];
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('rating_comments')
        .select((inner) => [
          'id',
          'request_id',
          'answer_id',
          'body',
          'at',
          inner.fn
            .agg<number>('row_number')
            .over((over) => over.partitionBy('answer_id').orderBy('id', 'desc'))
            .as('nth_latest'),
        ])
        .where('answer_id', 'in', [...new Set(answerIds)])
        .as('c'),
    )
    .select(['id', 'request_id', 'answer_id', 'body', 'at'])
    .where('nth_latest', '<=', perAnswer)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    requestId: row.request_id,
    answerId: row.answer_id ?? undefined,
    body: row.body,
    at: row.at,
  }));
}

/** One group's counts; `key` and `label` are null for the requests of no team. */
export type HappinessCountRow = HappinessCounts & { key: string | null; label: string | null };

export type HappinessCountQuery = {
  groupBy: HappinessGrouping;
  period: HappinessPeriod;
  from: Date;
  to: Date;
  /** Per survey kind, the lowest happy score and the highest negative one (core/rating/happiness.ts). */
  thresholds: readonly { kind: SurveyKind; happyAtLeast: number; negativeAtMost: number }[];
};

/**
 * Counts answered requests by their latest answer (`last_score`), so a changed mind counts once,
 * in the window by that answer's time, split by the grouping. Periods start at midnight UTC.
 */
export async function countHappiness(db: Executor, query: HappinessCountQuery): Promise<HappinessCountRow[]> {
  const group = GROUPS[query.groupBy](query.period);
  const { thresholds } = query;
  const { rows } = await sql<HappinessCountRow>`
    WITH line AS (
      SELECT * FROM unnest(${thresholds.map((t) => t.kind)}::text[], ${thresholds.map((t) => t.happyAtLeast)}::int[],
                           ${thresholds.map((t) => t.negativeAtMost)}::int[])
        AS t(kind, happy_at_least, negative_at_most)
    ),
    latest AS (
      SELECT r.survey_id, s.name AS survey_name, r.touchpoint_type, r.team_id, r.last_answered_at AS at,
             r.last_score >= line.happy_at_least AS happy, r.last_score <= line.negative_at_most AS negative
      FROM rating_requests r
      JOIN surveys s ON s.id = r.survey_id
      JOIN line ON line.kind = s.kind
      WHERE r.last_score IS NOT NULL AND r.last_answered_at >= ${query.from} AND r.last_answered_at < ${query.to}
        -- Through the answers' time index: rating_requests keeps no index on last_answered_at, so
        -- that a click's update of it stays in place (see the rating-clicks-hot-updates migration).
        AND r.id IN (SELECT a.request_id FROM rating_answers a
                     WHERE a.at >= ${query.from} AND a.at < ${query.to} AND a.set_aside_at IS NULL)
    )
    SELECT ${group.key} AS key, ${group.label} AS label, count(*)::int AS answers,
           count(*) FILTER (WHERE happy)::int AS happy, count(*) FILTER (WHERE negative)::int AS negative
    FROM latest ${group.join}
    GROUP BY 1, 2
    ORDER BY ${group.order}
  `.execute(db);
  return rows;
}

type GroupSql = {
  key: RawBuilder<unknown>;
  label: RawBuilder<unknown>;
  join: RawBuilder<unknown>;
  order: RawBuilder<unknown>;
};

const NONE = sql``;

const GROUPS: Record<HappinessGrouping, (period: HappinessPeriod) => GroupSql> = {
  survey: () => ({
    key: sql`latest.survey_id::text`,
    label: sql`latest.survey_name`,
    join: NONE,
    order: sql`2, 1`,
  }),
  touchpointType: () => ({
    key: sql`latest.touchpoint_type`,
    label: sql`latest.touchpoint_type`,
    join: NONE,
    order: sql`2`,
  }),
  team: () => ({
    key: sql`latest.team_id::text`,
    label: sql`teams.name`,
    join: sql`LEFT JOIN teams ON teams.id = latest.team_id`,
    // Named teams first, then the requests of no team.
    order: sql`latest.team_id::text IS NULL, teams.name, latest.team_id::text`,
  }),
  period: (period) => {
    const start = sql`to_char(date_trunc(${period}, latest.at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`;
    return { key: start, label: start, join: NONE, order: sql`1` };
  },
};
