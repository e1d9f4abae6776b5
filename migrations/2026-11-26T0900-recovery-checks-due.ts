// Why: a click batch used to queue its recovery checks with graphile_worker.add_jobs, which costs
// ~1 ms of database time per call whatever the batch holds (measured), about a fifth of a batch's
// cost. The batch now only notes which requests are due a check, in this table, in its own
// transaction; a relay (app/ratings/recovery-check-relay.ts, and a cron every minute) turns the notes
// into graphile-worker jobs in bulk. It is the outbox pattern: the note is durable with the answer.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS recovery_checks_due (
      request_id uuid PRIMARY KEY REFERENCES rating_requests (id)
    )
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS recovery_checks_due`.execute(db);
}
