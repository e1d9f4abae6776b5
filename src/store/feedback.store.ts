import { type RawBuilder, sql } from 'kysely';
import type { FeedbackAnswer, FeedbackComment } from '../core/rating/feedback-answer.ts';
import type { HappinessCounts, HappinessGrouping, HappinessPeriod } from '../core/rating/happiness.ts';
import type { DayRange } from '../core/rating/settled-days.ts';
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
  /** Whole days inside the window already counted into happiness_days (store/happiness-day.store.ts). */
  kept?: DayRange | undefined;
  /** Per survey kind, the lowest happy score and the highest negative one (core/rating/happiness.ts). */
  thresholds: readonly { kind: SurveyKind; happyAtLeast: number; negativeAtMost: number }[];
};

/**
 * Counts answered requests by their latest answer (`last_score`), so a changed mind counts once,
 * in the window by that answer's time, split by the grouping. Periods start at midnight UTC. The
 * `kept` days come from their daily counts; the rest of the window (its partial first and last
 * days, the days not settled yet) is counted from the requests themselves.
 */
export async function countHappiness(db: Executor, query: HappinessCountQuery): Promise<HappinessCountRow[]> {
  const group = GROUPS[query.groupBy](query.period);
  const { thresholds, kept } = query;
  const live = (column: RawBuilder<unknown>) =>
    kept
      ? sql`((${column} >= ${query.from} AND ${column} < ${kept.from}) OR (${column} >= ${kept.to} AND ${column} < ${query.to}))`
      : sql`(${column} >= ${query.from} AND ${column} < ${query.to})`;
  const keptDays = kept
    ? sql`UNION ALL
      SELECT survey_id, touchpoint_type, team_id, day::timestamp AT TIME ZONE 'UTC', score, answers
      FROM happiness_days
      WHERE day >= (${kept.from}::timestamptz AT TIME ZONE 'UTC')::date
        AND day < (${kept.to}::timestamptz AT TIME ZONE 'UTC')::date`
    : NONE;
  const { rows } = await sql<HappinessCountRow>`
    WITH line AS (
      SELECT * FROM unnest(${thresholds.map((t) => t.kind)}::text[], ${thresholds.map((t) => t.happyAtLeast)}::int[],
                           ${thresholds.map((t) => t.negativeAtMost)}::int[])
        AS t(kind, happy_at_least, negative_at_most)
    ),
    latest (survey_id, touchpoint_type, team_id, at, score, answers) AS (
      -- From the answers' time index to each request by its key: rating_requests keeps no index on
      -- last_answered_at, so that a click's update of it stays in place (see the
      -- rating-clicks-hot-updates migration). OFFSET 0 keeps the lookup per request: joined freely,
      -- the planner read all of rating_requests instead (1.9 s for 7 days of a million requests).
      SELECT r.survey_id, r.touchpoint_type, r.team_id, r.last_answered_at, r.last_score, 1
      FROM (SELECT DISTINCT a.request_id FROM rating_answers a
            WHERE ${live(sql`a.at`)} AND a.set_aside_at IS NULL) answered
      CROSS JOIN LATERAL (
        SELECT * FROM rating_requests r
        WHERE r.id = answered.request_id AND r.last_score IS NOT NULL AND ${live(sql`r.last_answered_at`)}
        OFFSET 0
      ) r
      ${keptDays}
    )
    SELECT ${group.key} AS key, ${group.label} AS label, sum(latest.answers)::int AS answers,
           coalesce(sum(latest.answers) FILTER (WHERE latest.score >= line.happy_at_least), 0)::int AS happy,
           coalesce(sum(latest.answers) FILTER (WHERE latest.score <= line.negative_at_most), 0)::int AS negative
    FROM latest JOIN surveys s ON s.id = latest.survey_id JOIN line ON line.kind = s.kind ${group.join}
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
    label: sql`s.name`,
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
