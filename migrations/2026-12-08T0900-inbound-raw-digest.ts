// Why: a mail without a Message-ID whose 250 never reached its sender (the connection dropped after
// the commit) is sent again by its server, byte for byte, and was threaded twice: the redelivery
// check matched Message-ID and sender only. raw_sha256 (generated, so every way a mail is stored
// fills it) lets it match the same bytes instead; indexed only where it is needed, for mails that
// have no Message-ID.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE inbound_emails
      ADD COLUMN IF NOT EXISTS raw_sha256 bytea GENERATED ALWAYS AS (sha256(raw)) STORED;
    CREATE INDEX IF NOT EXISTS inbound_emails_raw_sha256_idx ON inbound_emails (raw_sha256)
      WHERE message_id IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS inbound_emails_raw_sha256_idx;
    ALTER TABLE inbound_emails DROP COLUMN IF EXISTS raw_sha256;
  `.execute(db);
}
