// Why: customers answer by email. Every message the SMTP listener (or, later, an IMAP reader) takes is
// stored raw, byte for byte, in the same transaction that queues its processing, so the SMTP 250 is
// sent only once it is durable and a parser failure never loses a mail: it stays here, flagged, to be
// re-run. Parsing fills the lookup fields (Message-ID, In-Reply-To, References, sender, subject),
// the DKIM/SPF/DMARC results and the case it reached. Attachments are kept beside it as they came
// (a zip is never unpacked), with limits per file and per mail. An IMAP message is named by its
// mailbox, UIDVALIDITY and UID, unique, so no instance can take one twice.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS inbound_emails (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      received_at timestamptz NOT NULL,
      source text NOT NULL CHECK (source IN ('smtp', 'imap')),
      raw bytea NOT NULL,
      size integer NOT NULL,
      envelope_from text,
      envelope_to text[] NOT NULL DEFAULT '{}',
      remote_address text,
      helo text,
      status text NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'threaded', 'ignored', 'flagged')),
      problem text,
      message_id text,
      in_reply_to text,
      message_references text[] NOT NULL DEFAULT '{}',
      from_address text,
      from_name text,
      subject text,
      text_body text,
      html_body text,
      auth jsonb,
      case_id uuid REFERENCES cases (id),
      case_event_id bigint REFERENCES case_events (id),
      imap_mailbox text,
      imap_uidvalidity bigint,
      imap_uid bigint,
      attempts integer NOT NULL DEFAULT 0,
      processed_at timestamptz,
      CONSTRAINT inbound_emails_imap_uid_key UNIQUE (imap_mailbox, imap_uidvalidity, imap_uid)
    );
    CREATE INDEX IF NOT EXISTS inbound_emails_status_idx ON inbound_emails (status, received_at DESC, id);
    CREATE INDEX IF NOT EXISTS inbound_emails_message_id_idx ON inbound_emails (message_id)
      WHERE message_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS inbound_emails_case_idx ON inbound_emails (case_id) WHERE case_id IS NOT NULL;

    CREATE TABLE IF NOT EXISTS inbound_email_attachments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      inbound_email_id uuid NOT NULL REFERENCES inbound_emails (id) ON DELETE CASCADE,
      position integer NOT NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      size integer NOT NULL,
      content bytea,
      omitted text,
      UNIQUE (inbound_email_id, position)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS inbound_email_attachments, inbound_emails`.execute(db);
}
