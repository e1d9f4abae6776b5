import { sql } from 'kysely';
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
  // The answers' time index finds the requests; a request's latest answer is one of its answers
  // (one a scanner's run left is set aside, the request as it was before).
  await sql`
    INSERT INTO happiness_days (day, survey_id, touchpoint_type, team_id, score, answers)
    SELECT (r.last_answered_at AT TIME ZONE 'UTC')::date, r.survey_id, r.touchpoint_type, r.team_id, r.last_score, count(*)
    FROM rating_requests r
    WHERE r.last_score IS NOT NULL
      AND r.last_answered_at >= (${first}::date)::timestamp AT TIME ZONE 'UTC'
      AND r.last_answered_at < (${last}::date + 1)::timestamp AT TIME ZONE 'UTC'
      AND (r.last_answered_at AT TIME ZONE 'UTC')::date = ANY(${days}::date[])
      AND r.id IN (SELECT a.request_id FROM rating_answers a
                   WHERE a.at >= (${first}::date)::timestamp AT TIME ZONE 'UTC'
                     AND a.at < (${last}::date + 1)::timestamp AT TIME ZONE 'UTC'
                     AND a.set_aside_at IS NULL)
    GROUP BY 1, 2, 3, 4, 5
  `.execute(trx);
  await sql`INSERT INTO happiness_days_settled (day) SELECT unnest(${days}::date[])`.execute(trx);
  return days.length;
}
