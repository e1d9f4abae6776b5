import { type RawBuilder, sql } from 'kysely';
import type { DayRange } from '../core/rating/settled-days.ts';
import { type Executor, lockNamed } from './db.ts';

/** The UTC days of a range, as PostgreSQL dates (the range's ends are midnights UTC). */
const daysOf = (range: DayRange) => sql`
  SELECT d::date AS day
  FROM generate_series(${range.from}::timestamptz AT TIME ZONE 'UTC',
                       ${range.to}::timestamptz AT TIME ZONE 'UTC' - interval '1 day', interval '1 day') AS d`;

/** How many days of the range have been counted into happiness_days. */
export async function countKeptDays(db: Executor, range: DayRange): Promise<number> {
  const { rows } = await sql<{ kept: number }>`
    SELECT count(*)::int AS kept FROM happiness_days_settled
    WHERE day >= (${range.from}::timestamptz AT TIME ZONE 'UTC')::date
      AND day < (${range.to}::timestamptz AT TIME ZONE 'UTC')::date
  `.execute(db);
  return rows[0]?.kept ?? 0;
}

/**
 * The latest counted answer of every request whose latest answer is at or after `since`, with what
 * it is counted by (survey, touchpoint type, team) and its time. Latest is the last in time, and of
 * answers at the same moment the last recorded, as when answers are set aside
 * (core/rating/scanner-burst.ts#resolveStandingAnswer). No answer is later in time than its
 * request's latest, so the answers since `since` hold the latest of each such request: one range of
 * the answers' time index (rows in time order on disk), and no request visited.
 */
export const latestAnswersSince = (since: Date | RawBuilder<unknown>) => sql`
  SELECT DISTINCT ON (request_id) survey_id, touchpoint_type, team_id, at, score
  FROM rating_answers
  WHERE at >= ${since} AND set_aside_at IS NULL
  ORDER BY request_id, at DESC, id DESC`;

/**
 * Counts the settled days of `range` that are not counted yet into happiness_days: per survey,
 * touchpoint type, team and latest score, the requests whose latest answer fell on that day. Takes
 * a transaction-scoped lock first, so two reports filling the same days count them once. Returns how
 * many days it counted. The caller must pass only settled days (core/rating/settled-days.ts).
 */
export async function keepSettledDays(trx: Executor, range: DayRange): Promise<number> {
  await lockNamed(trx, 'happiness_days');
  const { rows: missing } = await sql<{ day: string }>`
    SELECT to_char(day, 'YYYY-MM-DD') AS day FROM (${daysOf(range)}) AS days
    WHERE NOT EXISTS (SELECT 1 FROM happiness_days_settled s WHERE s.day = days.day)
  `.execute(trx);
  if (missing.length === 0) return 0;
  const days = missing.map((row) => row.day);
  const first = days[0];
  const last = days.at(-1);
  await sql`
    INSERT INTO happiness_days (day, survey_id, touchpoint_type, team_id, score, answers)
    SELECT (at AT TIME ZONE 'UTC')::date, survey_id, touchpoint_type, team_id, score, count(*)
    FROM (${latestAnswersSince(sql`(${first}::date)::timestamp AT TIME ZONE 'UTC'`)}) AS latest
    WHERE at < (${last}::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (at AT TIME ZONE 'UTC')::date = ANY(${days}::date[])
    GROUP BY 1, 2, 3, 4, 5
  `.execute(trx);
  await sql`INSERT INTO happiness_days_settled (day) SELECT unnest(${days}::date[])`.execute(trx);
  return days.length;
}
