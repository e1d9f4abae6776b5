// Why: a case becomes a conversation with its customer. Each case gets two unguessable keys: one
// names its private status page (replaced when the business revokes the link), the other its reply
// address (stable, so a customer's old mail still threads). The case remembers since when a customer
// message waits for an answer and when the customer last heard from us (the "void" clock of the next
// issue starts there). An outbound email written from a case points at its `message_out` event, and
// Message-IDs are indexed because a reply's In-Reply-To/References find the case through them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cases
      ADD COLUMN IF NOT EXISTS status_key text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
      ADD COLUMN IF NOT EXISTS reply_key text NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', ''),
      ADD COLUMN IF NOT EXISTS unanswered_since timestamptz,
      ADD COLUMN IF NOT EXISTS last_message_out_at timestamptz;
    CREATE UNIQUE INDEX IF NOT EXISTS cases_status_key_idx ON cases (status_key);
    CREATE UNIQUE INDEX IF NOT EXISTS cases_reply_key_idx ON cases (reply_key);
    CREATE INDEX IF NOT EXISTS cases_unanswered_idx ON cases (unanswered_since) WHERE unanswered_since IS NOT NULL;

    ALTER TABLE outbound_emails ADD COLUMN IF NOT EXISTS case_event_id bigint REFERENCES case_events (id);
    CREATE INDEX IF NOT EXISTS outbound_emails_message_id_idx ON outbound_emails (message_id)
      WHERE message_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS outbound_emails_message_id_idx;
    ALTER TABLE outbound_emails DROP COLUMN IF EXISTS case_event_id;
    DROP INDEX IF EXISTS cases_unanswered_idx, cases_reply_key_idx, cases_status_key_idx;
    ALTER TABLE cases
      DROP COLUMN IF EXISTS status_key,
      DROP COLUMN IF EXISTS reply_key,
      DROP COLUMN IF EXISTS unanswered_since,
      DROP COLUMN IF EXISTS last_message_out_at;
  `.execute(db);
}
