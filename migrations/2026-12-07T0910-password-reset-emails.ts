// Why: a password link can now be mailed (by an admin, or asked for on the sign-in page) instead of
// only shown once. The mail goes through the outbox, which keeps what it sent and shows it to
// supervisors, so the link's secret cannot be made when the mail is queued and kept until it is sent:
// the reset is recorded when it is asked for (its expiry counts from then, a newer link retires it),
// with no secret yet, and the send job makes the secret, stores its hash and mails it — the outbox
// keeps a copy without it. `outbound_emails.password_reset_id` names the reset a mail carries.
// A reset with no `created_by` was asked for on the sign-in page (nobody signed in asked for it).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE password_resets ALTER COLUMN token_hash DROP NOT NULL`.execute(db);
  await sql`
    ALTER TABLE outbound_emails
    ADD COLUMN IF NOT EXISTS password_reset_id uuid REFERENCES password_resets (id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE outbound_emails DROP COLUMN IF EXISTS password_reset_id`.execute(db);
  await sql`DELETE FROM password_resets WHERE token_hash IS NULL`.execute(db);
  await sql`ALTER TABLE password_resets ALTER COLUMN token_hash SET NOT NULL`.execute(db);
}
