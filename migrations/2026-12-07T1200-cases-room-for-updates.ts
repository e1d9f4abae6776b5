// Why: every customer message updates its case (the wait for an answer, the owner's alert,
// updated_at), and cases carry 18 indexes. An update that finds no room on its row's page cannot be
// a HOT update, so it adds an entry to every one of them. Measured under `npm run bench -- mail-in`
// (replies to 200 cases): with pages filled to 100 %, 32 % of those updates were not HOT (900 of
// 2,800); with 30 % of each page left free, 6 % (only each case's first message, which sets the
// indexed unanswered_since), and PostgreSQL's CPU per mail fell from 0.41–0.64 ms to 0.36–0.43 ms.
// The setting applies to pages written from now on; existing pages fill up as before until rewritten.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cases SET (fillfactor = 70)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE cases RESET (fillfactor)`.execute(db);
}
