// Why: each console read should cost the same however much history lies outside its page. Measured
// with `npm run bench -- reads` (300,000 cases, 200,000 customers, 100,000 mails), before → after:
// - A view mixing active and done cases (a status filter of all four) sorted every case of the
//   team by urgency: 696 ms p50. Full urgency indexes (beside the partial ones of the inbox, which
//   stay far smaller for the default view) hand the page out in order.
// - The customer picker (ILIKE on every keystroke) scanned all customers: 767–783 ms p50 under load.
//   Newest first by an index on created_at: a common prefix finds its 8 within the first rows; a
//   rare one goes through the trigram indexes (external id here; names and emails in T1300).
// - The outbox of one blast walked every newer mail first (an old blast: all of them), and a status
//   filter sorted its matches: each now reads its own index in the list's order.
import { type Kysely, sql } from 'kysely';

const RANK = sql.raw(
  `(CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`,
);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS cases_all_urgency_idx ON cases (${RANK}, waiting_since, number)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_owner_all_urgency_idx ON cases (owner_id, ${RANK}, waiting_since, number)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_team_all_urgency_idx ON cases (team_id, ${RANK}, waiting_since, number)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS customers_created_idx ON customers (created_at DESC, id)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS customers_external_id_trgm_idx ON customers USING gin (external_id gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS outbound_emails_blast_created_idx ON outbound_emails (blast_id, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS outbound_emails_status_created_idx ON outbound_emails (status, created_at DESC, id DESC)`.execute(
    db,
  );
  await sql`DROP INDEX IF EXISTS outbound_emails_status_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS outbound_emails_status_idx ON outbound_emails (status, created_at DESC)`.execute(
    db,
  );
  for (const index of [
    'outbound_emails_status_created_idx',
    'outbound_emails_blast_created_idx',
    'customers_external_id_trgm_idx',
    'customers_created_idx',
    'cases_team_all_urgency_idx',
    'cases_owner_all_urgency_idx',
    'cases_all_urgency_idx',
  ]) {
    await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
  }
}
