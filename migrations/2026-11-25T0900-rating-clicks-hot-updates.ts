// Why: every recorded click updates its rating request (latest score, when, change window). With
// `last_answered_at` in an index, each of those updates wrote a new entry in all four of the table's
// indexes; without it, and with room left on each page (fillfactor), PostgreSQL updates the row in
// place (a HOT update) — measured ~25 % less database time per click in a batch of 100–300. The
// feedback monitor finds a period's answered requests through rating_answers (at) instead.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS rating_requests_survey_idx`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS rating_requests_survey_idx ON rating_requests (survey_id)`.execute(db);
  // Applies to pages written from now on; a later VACUUM FULL would repack the old ones.
  await sql`ALTER TABLE rating_requests SET (fillfactor = 80)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE rating_requests RESET (fillfactor)`.execute(db);
  await sql`DROP INDEX IF EXISTS rating_requests_survey_idx`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS rating_requests_survey_idx ON rating_requests (survey_id, last_answered_at)`.execute(
    db,
  );
}
