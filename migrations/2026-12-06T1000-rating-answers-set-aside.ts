// Why: mail security products that open every link of a mail in a browser that runs scripts confirm
// every answer of a rating request within seconds of delivery. The recovery check recognises such a
// run (core/rating/scanner-burst.ts) and sets its answers aside: kept as history, counted nowhere, and
// never shown as feedback. Nullable and without an index: no click writes it, and the readers that
// filter on it already reach the answers by request or by id.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE rating_answers ADD COLUMN IF NOT EXISTS set_aside_at timestamptz`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE rating_answers DROP COLUMN IF EXISTS set_aside_at`.execute(db);
}
