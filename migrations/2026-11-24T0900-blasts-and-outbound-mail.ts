// Why: survey blasts go out through the product's own mail path, and a mail is a side effect that
// must happen once. Each outbound email is a row keyed by its intent (`blast:<blast>:<customer>`),
// claimed by one send job before it leaves; addresses that unsubscribed or bounced are kept in a
// suppression list that every send checks, so they are never mailed again.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS blasts (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      survey_id uuid NOT NULL REFERENCES surveys (id),
      name text NOT NULL,
      touchpoint_type text NOT NULL,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      -- Rows given (the CSV's data lines or the JSON list), then what became of them.
      recipients integer NOT NULL,
      queued integer NOT NULL DEFAULT 0,
      skipped_suppressed integer NOT NULL DEFAULT 0,
      skipped_invalid integer NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS blasts_created_idx ON blasts (created_at DESC, id);

    CREATE TABLE IF NOT EXISTS outbound_emails (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- Why the mail exists, e.g. blast:<blast id>:<customer id>; a retry can never make a second one.
      intent_key text NOT NULL UNIQUE,
      -- Which module composes it (src/mail/out/<kind>-email.ts).
      kind text NOT NULL,
      to_address text NOT NULL,
      -- Composed by the send job right before sending, so what went out is what is kept.
      subject text,
      text_body text,
      html_body text,
      headers jsonb NOT NULL DEFAULT '{}',
      status text NOT NULL DEFAULT 'queued'
        CHECK (status IN ('queued', 'held', 'sending', 'sent', 'failed', 'suppressed')),
      attempts integer NOT NULL DEFAULT 0,
      last_error text,
      message_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      blast_id uuid REFERENCES blasts (id),
      rating_request_id uuid REFERENCES rating_requests (id)
    );
    CREATE INDEX IF NOT EXISTS outbound_emails_blast_idx ON outbound_emails (blast_id, status);
    CREATE INDEX IF NOT EXISTS outbound_emails_status_idx ON outbound_emails (status, created_at DESC);
    CREATE INDEX IF NOT EXISTS outbound_emails_created_idx ON outbound_emails (created_at DESC, id);
    CREATE INDEX IF NOT EXISTS outbound_emails_request_idx ON outbound_emails (rating_request_id);

    CREATE TABLE IF NOT EXISTS email_suppressions (
      email text PRIMARY KEY CHECK (email = lower(email)),
      reason text NOT NULL CHECK (reason IN ('unsubscribed', 'bounced')),
      -- The bounce's SMTP reply, or where the unsubscribe came from.
      detail text,
      at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS email_suppressions, outbound_emails, blasts`.execute(db);
}
