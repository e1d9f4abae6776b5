/**
 * A year or two of a busy team's data, written by PostgreSQL itself (INSERT … SELECT over
 * generate_series, one statement per table or batch), so the benchmark spends its minutes reading,
 * not loading: 200,000 customers, 300,000 cases over two years with 1.5 million timeline events,
 * 1 million rating requests over one year with 650,000 answered (and some minds changed), comments,
 * three blasts holding 100,000 emails, and an audit entry per case. Most cases are done; the last
 * two weeks' are mostly still active. Values are spread by arithmetic on the row number, so every
 * run generates the same shape.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../../src/store/db.ts';

export const VOLUME = {
  teams: 6,
  users: 60,
  customers: 200_000,
  cases: 300_000,
  eventsPerCase: 5,
  ratingRequests: 1_000_000,
  /** Of the rating requests, this share is answered: 650,000. */
  answeredShare: 0.65,
  /** Of the answered requests, this share changed their answer once (a second answer row). */
  changedShare: 0.08,
  comments: 60_000,
  blasts: [40_000, 40_000, 20_000],
} as const;

const FIRST = [
  'Jane',
  'Omar',
  'Li',
  'Maria',
  'Tom',
  'Aisha',
  'Pierre',
  'Sven',
  'Yuki',
  'Carlos',
  'Nadia',
  'Ben',
];
const LAST = [
  'Doe',
  'Haddad',
  'Wei',
  'Garcia',
  'Smith',
  'Khan',
  'Martin',
  'Berg',
  'Sato',
  'Silva',
  'Novak',
  'Okafor',
];
const TITLES = [
  'Furnace out, baby at home',
  'Paper invoice sent twice',
  'Double charge on order',
  'Parcel arrived crushed',
  'Delivery three days late',
  'Technician never came',
  'Refund not received',
  'Wrong item delivered',
  'Rude driver at the door',
  'Internet down since Monday',
  'Password reset loop',
  'Warranty claim refused',
];
const SEVERITY_BY_SHARE = sql.raw(
  `CASE WHEN n % 50 = 0 THEN 'critical' WHEN n % 7 = 0 THEN 'high' WHEN n % 3 = 0 THEN 'low' ELSE 'normal' END`,
);

type Step = { label: string; run: (db: Db) => Promise<unknown> };

/** One statement at a time: PostgreSQL takes parameters only in a single-statement query. */
async function each(db: Db, statements: RawBuilder<unknown>[]): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

const text = (values: readonly string[]) => sql`${[...values]}::text[]`;

const steps = (now: Date): Step[] => [
  {
    label: 'teams, people and surveys',
    run: (db) =>
      each(db, [
        sql`INSERT INTO teams (name) SELECT 'Bench team ' || n FROM generate_series(1, ${VOLUME.teams}) n`,
        sql`INSERT INTO users (email, name, role)
        SELECT 'agent-' || n || '@bench.test', 'Agent ' || n, CASE WHEN n <= 6 THEN 'supervisor' ELSE 'agent' END
        FROM generate_series(1, ${VOLUME.users}) n`,
        sql`INSERT INTO team_members (team_id, user_id)
        SELECT t.id, u.id
        FROM (SELECT id, row_number() OVER (ORDER BY email) AS rn FROM users) u
        JOIN (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM teams) t ON t.rn = 1 + u.rn % ${VOLUME.teams}`,
        sql`INSERT INTO surveys (name, kind, touchpoint_type, question, scale) VALUES
        ('Delivery', 'thermometer', 'delivery', 'How was your delivery?', '[]'),
        ('Support', 'csat', 'support', 'How did we do?', '[]'),
        ('Repair visit', 'thermometer', 'repair', 'How was the visit?', '[]'),
        ('Account', 'nps', 'account', 'Would you recommend us?', '[]')`,
      ]),
  },
  {
    label: `${VOLUME.customers.toLocaleString('en')} customers`,
    run: (db) =>
      sql`
      INSERT INTO customers (name, emails, created_at, updated_at)
      SELECT f || ' ' || l || ' ' || n, ARRAY[lower(f) || '.' || lower(l) || n || '@example.test'], at, at
      FROM generate_series(1, ${VOLUME.customers}) n,
           LATERAL (SELECT (${text(FIRST)})[1 + n % ${FIRST.length}] AS f,
                           (${text(LAST)})[1 + (n / ${FIRST.length}) % ${LAST.length}] AS l,
                           ${now}::timestamptz - (n % 730) * interval '1 day' AS at) x
    `.execute(db),
  },
  {
    label: `${VOLUME.cases.toLocaleString('en')} cases over two years`,
    run: (db) =>
      each(db, [
        sql`CREATE TEMP TABLE bench_customers AS SELECT id, row_number() OVER (ORDER BY id) AS rn FROM customers`,
        sql`CREATE TEMP TABLE bench_users AS
          SELECT u.id, m.team_id, row_number() OVER (ORDER BY u.email) AS rn
          FROM users u JOIN team_members m ON m.user_id = u.id`,
        sql`CREATE INDEX ON bench_customers (rn)`,
        sql`INSERT INTO cases (customer_id, team_id, title, story, severity, channel, status, owner_id,
                         opened_at, waiting_since, acknowledged_at, resolved_at, closed_at, updated_at)
      SELECT c.id, u.team_id, (${text(TITLES)})[1 + n % ${TITLES.length}] || ' (order ' || (4000 + n) || ')',
             'The customer told us what happened, once.', ${SEVERITY_BY_SHARE}, 'email', s.status, u.id,
             o.at, o.at,
             CASE WHEN s.status <> 'open' THEN o.at + interval '2 hours' END,
             CASE WHEN s.status IN ('resolved', 'closed') THEN o.at + interval '2 days' END,
             CASE WHEN s.status = 'closed' THEN o.at + interval '4 days' END,
             o.at + interval '2 days'
      FROM generate_series(1, ${VOLUME.cases}) n
      CROSS JOIN LATERAL (SELECT ${now}::timestamptz - (${VOLUME.cases} - n) * (interval '730 days' / ${VOLUME.cases})
                                 - (n % 97) * interval '1 second' AS at) o
      CROSS JOIN LATERAL (SELECT CASE
          WHEN o.at > ${now}::timestamptz - interval '14 days' AND n % 5 < 3 THEN (CASE WHEN n % 2 = 0 THEN 'open' ELSE 'acknowledged' END)
          WHEN n % 100 = 0 THEN 'acknowledged'
          WHEN o.at > ${now}::timestamptz - interval '4 days' OR n % 3 = 0 THEN 'resolved'
          ELSE 'closed' END AS status) s
      JOIN bench_customers c ON c.rn = 1 + (n::bigint * 7919) % ${VOLUME.customers}
      JOIN bench_users u ON u.rn = 1 + (n * 31) % ${VOLUME.users}
      ORDER BY n`,
      ]),
  },
  {
    label: `${(VOLUME.cases * VOLUME.eventsPerCase).toLocaleString('en')} timeline events`,
    run: (db) =>
      sql`
      INSERT INTO case_events (case_id, kind, actor_user_id, body, at)
      SELECT c.id, (ARRAY['created', 'assigned', 'note', 'status_changed', 'status_changed'])[k],
             c.owner_id, CASE WHEN k = 3 THEN 'Called the customer back; courier booked.' END,
             c.opened_at + (k - 1) * interval '1 hour'
      FROM cases c CROSS JOIN generate_series(1, ${VOLUME.eventsPerCase}) k
    `.execute(db),
  },
  {
    label: `${VOLUME.ratingRequests.toLocaleString('en')} rating requests over a year, ${VOLUME.answeredShare * 100} % answered`,
    run: (db) =>
      sql`
      INSERT INTO rating_requests (key, survey_id, customer_id, touchpoint_type, touchpoint_ref, team_id,
                                   negative_at_most, created_at, expires_at, first_answered_at, last_answered_at, last_score)
      SELECT 'bench-' || n, s.id, c.id, s.touchpoint_type, 'ref-' || n, t.id,
             CASE s.kind WHEN 'nps' THEN 6 ELSE 2 END, x.at, x.at + interval '60 days',
             a.first_at, a.last_at, a.score
      FROM generate_series(1, ${VOLUME.ratingRequests}) n
      CROSS JOIN LATERAL (SELECT ${now}::timestamptz - interval '2 days'
                                 - (${VOLUME.ratingRequests} - n) * (interval '363 days' / ${VOLUME.ratingRequests}) AS at) x
      JOIN (SELECT id, kind, touchpoint_type, row_number() OVER (ORDER BY name) AS rn FROM surveys) s ON s.rn = 1 + n % 4
      JOIN (SELECT id, row_number() OVER (ORDER BY name) AS rn FROM teams) t ON t.rn = 1 + n % ${VOLUME.teams}
      JOIN bench_customers c ON c.rn = 1 + (n::bigint * 104729) % ${VOLUME.customers}
      LEFT JOIN LATERAL (SELECT x.at + (n % 40) * interval '1 hour' AS first_at,
                                x.at + (n % 40) * interval '1 hour'
                                  + CASE WHEN n % 100 < ${VOLUME.changedShare * 100} THEN interval '20 hours' ELSE interval '0' END AS last_at,
                                CASE s.kind WHEN 'nps' THEN n % 11 WHEN 'csat' THEN 1 + n % 5 ELSE 1 + n % 4 END AS score
                         WHERE n % 100 < ${VOLUME.answeredShare * 100}) a ON true
    `.execute(db),
  },
  {
    label: 'their answers (a second one where a mind changed) and comments',
    run: (db) =>
      each(db, [
        sql`INSERT INTO rating_answers (request_id, score, source, at, survey_id, touchpoint_type, team_id)
          SELECT id, CASE WHEN last_answered_at > first_answered_at THEN negative_at_most ELSE last_score END,
                 'page', first_answered_at, survey_id, touchpoint_type, team_id
          FROM rating_requests WHERE first_answered_at IS NOT NULL ORDER BY first_answered_at`,
        sql`INSERT INTO rating_answers (request_id, score, source, at, survey_id, touchpoint_type, team_id)
          SELECT id, last_score, 'page', last_answered_at, survey_id, touchpoint_type, team_id
          FROM rating_requests WHERE last_answered_at > first_answered_at ORDER BY last_answered_at`,
        sql`INSERT INTO rating_comments (request_id, body, at)
          SELECT id, 'The driver left it in the rain.', last_answered_at + interval '1 minute'
          FROM rating_requests WHERE last_score <= negative_at_most ORDER BY last_answered_at LIMIT ${VOLUME.comments}`,
      ]),
  },
  {
    label: `${VOLUME.blasts.length} blasts of ${VOLUME.blasts.map((b) => b.toLocaleString('en')).join(', ')} emails`,
    run: async (db) => {
      let offset = 0;
      for (const [i, size] of VOLUME.blasts.entries()) {
        await sql`
          WITH blast AS (
            INSERT INTO blasts (survey_id, name, touchpoint_type, created_at, recipients, queued)
            SELECT id, ${`Bench blast ${i + 1}`}, touchpoint_type, ${now}::timestamptz - ${(VOLUME.blasts.length - i) * 30} * interval '1 day',
                   ${size}, ${size}
            FROM surveys WHERE name = 'Delivery'
            RETURNING id, created_at
          )
          INSERT INTO outbound_emails (intent_key, kind, to_address, status, attempts, created_at, sent_at, blast_id, rating_request_id)
          SELECT 'blast:' || blast.id || ':' || r.id, 'survey', 'bench-' || r.n || '@example.test',
                 CASE WHEN r.n % 50 = 0 THEN 'failed' WHEN r.n % 40 = 0 THEN 'suppressed' ELSE 'sent' END, 1,
                 blast.created_at + r.n * interval '10 ms', blast.created_at + r.n * interval '10 ms' + interval '1 second',
                 blast.id, r.id
          FROM blast, (SELECT id, row_number() OVER (ORDER BY created_at) AS n FROM rating_requests
                       WHERE key LIKE 'bench-%' AND touchpoint_type = 'delivery' ORDER BY created_at OFFSET ${offset} LIMIT ${size}) r
        `.execute(db);
        offset += size;
      }
    },
  },
  {
    label: 'an audit entry per case',
    run: (db) =>
      sql`
      INSERT INTO audit_log (actor_user_id, action, subject_type, subject_id, details, at)
      SELECT owner_id, 'case.opened', 'case', id::text, '{}', opened_at FROM cases ORDER BY opened_at
    `.execute(db),
  },
  { label: 'ANALYZE', run: (db) => sql`VACUUM ANALYZE`.execute(db) },
];

/**
 * The usual bulk load: indexes that back no constraint are dropped before and built again after,
 * once each, instead of being updated row by row (a trigram index made 200,000 customers take a
 * minute). Whatever indexes the migrations made are the ones rebuilt, as they defined them.
 */
async function withoutSecondaryIndexes(db: Db, load: () => Promise<void>, log: (line: string) => void) {
  const { rows: indexes } = await sql<{ name: string; definition: string }>`
    SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
    WHERE ns.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
  `.execute(db);
  for (const index of indexes) await sql`DROP INDEX ${sql.id(index.name)}`.execute(db);
  // Foreign-key checks are triggers; the rows are consistent by construction, so triggers are
  // skipped for the load (each check a lookup per row: most of the cases' 80 s on a busy machine).
  await sql`SET session_replication_role = replica`.execute(db);
  await load();
  await sql`SET session_replication_role = DEFAULT`.execute(db);
  // The load skipped the triggers that keep blast_tallies; count them as the migration does.
  await sql`
    INSERT INTO blast_tallies (blast_id, tally, slot, n)
    SELECT blast_id, status, 0, count(*) FROM outbound_emails WHERE blast_id IS NOT NULL GROUP BY 1, 2
    UNION ALL
    SELECT e.blast_id, 'answered', 0, count(*)
    FROM outbound_emails e JOIN rating_requests r ON r.id = e.rating_request_id
    WHERE e.blast_id IS NOT NULL AND r.first_answered_at IS NOT NULL GROUP BY 1
  `.execute(db);
  const at = performance.now();
  await sql`SET maintenance_work_mem = '256MB'`.execute(db);
  for (const index of indexes) await sql.raw(index.definition).execute(db);
  log(`  ${indexes.length} indexes built: ${((performance.now() - at) / 1000).toFixed(1)} s`);
}

/**
 * Writes the year into a migrated, empty database through `db`, which must hold one connection
 * (the steps share temporary tables); prints each step and how long it took.
 */
export async function seedYear(db: Db, now: Date, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const [analyze, ...load] = steps(now).reverse();
  await withoutSecondaryIndexes(
    db,
    async () => {
      for (const step of load.reverse()) {
        const at = performance.now();
        await step.run(db);
        log(`  ${step.label}: ${((performance.now() - at) / 1000).toFixed(1)} s`);
      }
    },
    log,
  );
  if (analyze) await analyze.run(db);
  log(`  generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
