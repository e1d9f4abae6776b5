// Why: the happiness tiles for 7 and 30 days took 58–136 ms p50 at a million requests (`npm run bench
// -- reads`), over the 50 ms every console read must stay under. Their days that can still change are
// counted live, and each request answered in them was looked up by its key in rating_requests to
// learn its survey, touchpoint type and team: 14,000 lookups for nine days of a busy team, most of the
// read (EXPLAIN ANALYZE: 14,128 index scans, 56,000 buffers). An answer now carries those three, so
// the live days are counted from one range of rating_answers (by its time index, rows in time order
// on disk) without visiting a request: 90 → 21 ms of database CPU for 30 days. They are copied when
// the click is recorded, from the request row the click statement already reads: 24 WAL bytes more
// per click (618 → 642) and no database CPU beyond the noise (52 → 51 and 52.5 → 56 µs per click,
// batches of 50, two runs interleaving both statements on one database). A request's survey, touchpoint
// type and team are fixed when it is made (nothing in Amends changes them), and a statement trigger
// now refuses a change, which would leave its answers counted where they were. No foreign keys, as
// for request_id (2026-11-26T1000): each would be a lookup per click. Filling the columns rewrites
// every answer row once (20 s for 730,000 answers on a busy 2-core machine).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE rating_answers
      ADD COLUMN IF NOT EXISTS survey_id uuid,
      ADD COLUMN IF NOT EXISTS touchpoint_type text,
      ADD COLUMN IF NOT EXISTS team_id uuid
  `.execute(db);
  await sql`
    UPDATE rating_answers a
    SET survey_id = r.survey_id, touchpoint_type = r.touchpoint_type, team_id = r.team_id
    FROM rating_requests r
    WHERE r.id = a.request_id AND a.survey_id IS NULL
  `.execute(db);
  await sql`
    ALTER TABLE rating_answers
      ALTER COLUMN survey_id SET NOT NULL,
      ALTER COLUMN touchpoint_type SET NOT NULL
  `.execute(db);
  // Statement-level, and only when one of the three columns is SET: a click's UPDATE sets none of
  // them, so it never fires on the click path.
  await sql`
    CREATE OR REPLACE FUNCTION rating_requests_groups_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a rating request''s survey, touchpoint type and team are fixed when it is made (its answers carry them)';
    END $$;
    DROP TRIGGER IF EXISTS rating_requests_groups_fixed ON rating_requests;
    CREATE TRIGGER rating_requests_groups_fixed BEFORE UPDATE OF survey_id, touchpoint_type, team_id ON rating_requests
      FOR EACH STATEMENT EXECUTE FUNCTION rating_requests_groups_fixed();
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TRIGGER IF EXISTS rating_requests_groups_fixed ON rating_requests;
    DROP FUNCTION IF EXISTS rating_requests_groups_fixed();
    ALTER TABLE rating_answers DROP COLUMN IF EXISTS survey_id, DROP COLUMN IF EXISTS touchpoint_type,
      DROP COLUMN IF EXISTS team_id;
  `.execute(db);
}
