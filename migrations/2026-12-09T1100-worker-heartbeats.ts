// Why: graphile-worker keeps a killed process's jobs locked for 4 hours, so on a shared PostgreSQL a
// crashed instance's timers would wait hours (issue 11: resume within seconds). Each worker pool says
// it is alive here every second under its graphile-worker id (the jobs' `locked_by`); a survivor that
// sees a row go quiet unlocks that worker's jobs and runs them. A retried job acts once: every side
// effect is claimed on its own row (case_timers.fired_at, the outbox's claims).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS worker_heartbeats (
      worker_id text PRIMARY KEY,
      host text NOT NULL,
      pid integer NOT NULL,
      started_at timestamptz NOT NULL DEFAULT now(),
      seen_at timestamptz NOT NULL DEFAULT now()
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS worker_heartbeats`.execute(db);
}
