import { type RawBuilder, sql } from 'kysely';
import type { FeedbackAnswer, FeedbackComment } from '../core/rating/feedback-answer.ts';
import type { HappinessCounts, HappinessGrouping, HappinessPeriod } from '../core/rating/happiness.ts';
import type { DayRange } from '../core/rating/settled-days.ts';
import type { SurveyKind } from '../core/rating/survey-scale.ts';
import type { Executor } from './db.ts';
import { latestAnswersSince } from './happiness-day.store.ts';

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
  /** The window's parts and how each is counted (core/rating/settled-days.ts#resolveHappinessParts). */
  parts: {
    /** Whole days already counted into happiness_days (store/happiness-day.store.ts). */
    kept: DayRange | undefined;
    settledEdges: readonly DayRange[];
    recent: DayRange | undefined;
  };
  /** Per survey kind, the lowest happy score and the highest negative one (core/rating/happiness.ts). */
  thresholds: readonly { kind: SurveyKind; happyAtLeast: number; negativeAtMost: number }[];
};

/**
 * Counts answered requests by their latest answer, so a changed mind counts once, in the window by
 * that answer's time, split by the grouping. Periods start at midnight UTC. Each part of the window
 * is first counted per survey (its kind decides what is happy), split and score, so the grouping adds
 * up a few hundred rows whatever the window. Only rating_answers and happiness_days are read: each
 * answer carries what it is counted by.
 */
export async function countHappiness(db: Executor, query: HappinessCountQuery): Promise<HappinessCountRow[]> {
  const group = GROUPS[query.groupBy](query.period);
  const { thresholds, parts } = query;
  const counted: RawBuilder<unknown>[] = [];
  if (parts.recent)
    counted.push(sql`
      SELECT a.survey_id, ${group.split.answer}, a.score, count(*)
      FROM (${latestAnswersSince(parts.recent.from)}) AS a
      WHERE a.at < ${parts.recent.to}
      GROUP BY 1, 2, 3`);
  if (parts.settledEdges.length > 0)
    // A few answers (under two days' worth): each is checked against its request's other answers
    // through their request index. Written as a scalar subquery so it stays a lookup per answer: as
    // an anti-join the planner may read all of rating_answers to hash it.
    counted.push(sql`
      SELECT a.survey_id, ${group.split.answer}, a.score, count(*)
      FROM rating_answers a
      WHERE (${sql.join(
        parts.settledEdges.map((edge) => sql`(a.at >= ${edge.from} AND a.at < ${edge.to})`),
        sql` OR `,
      )})
        AND a.set_aside_at IS NULL
        AND a.id = (SELECT later.id FROM rating_answers later
                    WHERE later.request_id = a.request_id AND later.set_aside_at IS NULL
                    ORDER BY later.at DESC, later.id DESC LIMIT 1)
      GROUP BY 1, 2, 3`);
  if (parts.kept)
    counted.push(sql`
      SELECT a.survey_id, ${group.split.day}, a.score, sum(a.answers)
      FROM happiness_days a
      WHERE a.day >= (${parts.kept.from}::timestamptz AT TIME ZONE 'UTC')::date
        AND a.day < (${parts.kept.to}::timestamptz AT TIME ZONE 'UTC')::date
      GROUP BY 1, 2, 3`);
  if (counted.length === 0) return [];
  const { rows } = await sql<HappinessCountRow>`
    WITH line AS (
      SELECT * FROM unnest(${thresholds.map((t) => t.kind)}::text[], ${thresholds.map((t) => t.happyAtLeast)}::int[],
                           ${thresholds.map((t) => t.negativeAtMost)}::int[])
        AS t(kind, happy_at_least, negative_at_most)
    ),
    latest (survey_id, split, score, answers) AS (
      ${sql.join(counted, sql` UNION ALL `)}
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
  /**
   * What the counts are split by besides survey and score (`latest.split`), from an answer or a
   * kept day (each as `a`): nothing, touchpoint type, team, or day.
   */
  split: { answer: RawBuilder<unknown>; day: RawBuilder<unknown> };
  key: RawBuilder<unknown>;
  label: RawBuilder<unknown>;
  join: RawBuilder<unknown>;
  order: RawBuilder<unknown>;
};

const NONE = sql``;

const GROUPS: Record<HappinessGrouping, (period: HappinessPeriod) => GroupSql> = {
  survey: () => ({
    split: { answer: sql`NULL::text`, day: sql`NULL::text` },
    key: sql`latest.survey_id::text`,
    label: sql`s.name`,
    join: NONE,
    order: sql`2, 1`,
  }),
  touchpointType: () => ({
    split: { answer: sql`a.touchpoint_type`, day: sql`a.touchpoint_type` },
    key: sql`latest.split`,
    label: sql`latest.split`,
    join: NONE,
    order: sql`2`,
  }),
  team: () => ({
    split: { answer: sql`a.team_id`, day: sql`a.team_id` },
    key: sql`latest.split::text`,
    label: sql`teams.name`,
    join: sql`LEFT JOIN teams ON teams.id = latest.split`,
    // Named teams first, then the requests of no team.
    order: sql`latest.split::text IS NULL, teams.name, latest.split::text`,
  }),
  period: (period) => {
    const start = sql`to_char(date_trunc(${period}, latest.split::timestamp), 'YYYY-MM-DD')`;
    return {
      split: { answer: sql`(a.at AT TIME ZONE 'UTC')::date`, day: sql`a.day` },
      key: start,
      label: start,
      join: NONE,
      order: sql`1`,
    };
  },
};
