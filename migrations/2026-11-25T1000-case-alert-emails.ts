// Why: when negative feedback opens a recovery case, its owner is told by email as well as live in
// the console. That mail goes through the same outbox (once per intent, suppression re-checked, held
// without SMTP) and names its case, so it is composed from the case as it is when sent.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outbound_emails ADD COLUMN IF NOT EXISTS case_id uuid REFERENCES cases (id)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS outbound_emails_case_idx ON outbound_emails (case_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS outbound_emails_case_idx`.execute(db);
  await sql`ALTER TABLE outbound_emails DROP COLUMN IF EXISTS case_id`.execute(db);
}
