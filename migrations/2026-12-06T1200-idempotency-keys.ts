// Why: a client that times out on "create" cannot tell whether the case, customer, rating request or
// blast was made, and a retry made a second one (a blast mailed everyone twice). Creating calls now
// take an Idempotency-Key: the first request claims the key here (the primary key makes a concurrent
// twin wait, then see the claim), and its answer is kept so a retry gets the same answer. Keys are
// purged after 24 hours by the worker's crontab.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      request_hash text NOT NULL,
      answer_status integer,
      answer_body text,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (scope, key)
    )
  `.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS idempotency_keys_created_at ON idempotency_keys (created_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS idempotency_keys`.execute(db);
}
