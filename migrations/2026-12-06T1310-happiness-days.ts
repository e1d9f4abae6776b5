// Why: the happiness tiles counted every answered request of the window from rating_requests on each
// load, four reports a page: 199–234 ms p50 for 7–30 days and 493–774 ms for a year at 1 million
// requests, growing with history. A day's figures stop changing once nobody can change an answer
// on it any more (core/rating/settled-days.ts), so each settled day is counted once, per survey,
// touchpoint type, team and score, into happiness_days; reports add those rows up and count live
// only the last days and partial edges. The score is kept, not happy/negative, so the rule of what
// counts as happy stays in core and applies to old days too. happiness_days_settled lists the days
// counted, so a day with no answers is not counted again and again. Nothing on the click path
// writes here: the report fills the days it lacks, the first time it needs them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS happiness_days (
      day date NOT NULL,
      survey_id uuid NOT NULL REFERENCES surveys (id),
      touchpoint_type text NOT NULL,
      team_id uuid REFERENCES teams (id),
      score smallint NOT NULL,
      answers integer NOT NULL
    )
  `.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS happiness_days_day_idx ON happiness_days (day)`.execute(db);
  await sql`CREATE TABLE IF NOT EXISTS happiness_days_settled (day date PRIMARY KEY)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS happiness_days_settled, happiness_days`.execute(db);
}
