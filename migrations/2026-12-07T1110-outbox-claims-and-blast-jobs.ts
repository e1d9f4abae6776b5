// Why: a process killed during a 3,000-mail blast left two mails `sending` for good (nothing could tell
// a dead attempt from a live one, nor whether it had reached the SMTP server), and the upload, which
// queued the list in the request, left half a blast that looked complete to the console while the
// client saw a dropped connection; the same file uploaded again mailed 1,500 people twice.
// - outbound_emails.claimed_at dates each claim, so a claim older than any attempt can last is known
//   dead; composed_at marks a mail whose content was kept for its hand-off: from then on every attempt
//   sends that same mail (From, To name and Date kept too), never a second, different one.
// - blasts.state: a blast is `preparing` while a job turns its rows (kept in blast_rows until each batch
//   is done, deleted in that batch's transaction, so a crash resumes where it stopped) into customers,
//   rating requests and queued mail; then `prepared`. list_hash finds the same list sent twice in a day;
//   line_errors keeps the rows refused while preparing, for the blast page; progressed_at dates the
//   last batch, so a preparation whose process died is started again.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE outbound_emails
      ADD COLUMN IF NOT EXISTS claimed_at timestamptz,
      ADD COLUMN IF NOT EXISTS composed_at timestamptz,
      ADD COLUMN IF NOT EXISTS from_name text,
      ADD COLUMN IF NOT EXISTS from_address text,
      ADD COLUMN IF NOT EXISTS to_name text;

    ALTER TABLE blasts
      ADD COLUMN IF NOT EXISTS state text NOT NULL DEFAULT 'prepared' CHECK (state IN ('preparing', 'prepared')),
      ADD COLUMN IF NOT EXISTS list_hash text,
      ADD COLUMN IF NOT EXISTS line_errors jsonb NOT NULL DEFAULT '[]',
      -- The last batch prepared: a preparing blast with no progress for minutes lost its job's process.
      ADD COLUMN IF NOT EXISTS progressed_at timestamptz;
    -- The same list within a day: a few blasts a day at most, so a plain index suffices.
    CREATE INDEX IF NOT EXISTS blasts_list_hash_idx ON blasts (list_hash, created_at DESC) WHERE list_hash IS NOT NULL;
    CREATE INDEX IF NOT EXISTS blasts_preparing_idx ON blasts (created_at) WHERE state = 'preparing';

    CREATE TABLE IF NOT EXISTS blast_rows (
      blast_id uuid NOT NULL REFERENCES blasts (id) ON DELETE CASCADE,
      line integer NOT NULL,
      email text NOT NULL,
      name text,
      external_id text,
      touchpoint_ref text,
      PRIMARY KEY (blast_id, line)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS blast_rows;
    DROP INDEX IF EXISTS blasts_preparing_idx;
    DROP INDEX IF EXISTS blasts_list_hash_idx;
    ALTER TABLE blasts DROP COLUMN IF EXISTS progressed_at, DROP COLUMN IF EXISTS line_errors, DROP COLUMN IF EXISTS list_hash, DROP COLUMN IF EXISTS state;
    ALTER TABLE outbound_emails DROP COLUMN IF EXISTS to_name, DROP COLUMN IF EXISTS from_address,
      DROP COLUMN IF EXISTS from_name, DROP COLUMN IF EXISTS composed_at, DROP COLUMN IF EXISTS claimed_at;
  `.execute(db);
}
