// Why: recovery is won or lost on time (issue 11). Each severity has a policy — acknowledge within,
// update at least every (the cadence), resolve within — each counted in business or wall time, in the
// business hours of the case's team (or the organisation's, for a case without a team). A case keeps
// its computed due times, so the inbox can order by the clock that breaks first with one index. Each
// timer is a row here (what is due, when, and whether it fired) and a graphile-worker job keyed by the
// row: rescheduling moves the job, and firing claims the row, so a timer acts once however many
// instances or retries run it.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS case_policies (
      severity text PRIMARY KEY CHECK (severity IN ('critical', 'high', 'normal', 'low')),
      acknowledge_minutes integer NOT NULL CHECK (acknowledge_minutes > 0),
      acknowledge_business boolean NOT NULL,
      update_minutes integer NOT NULL CHECK (update_minutes > 0),
      update_business boolean NOT NULL,
      resolve_minutes integer NOT NULL CHECK (resolve_minutes > 0),
      resolve_business boolean NOT NULL,
      holding_message boolean NOT NULL DEFAULT false,
      updated_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO case_policies (severity, acknowledge_minutes, acknowledge_business, update_minutes,
                               update_business, resolve_minutes, resolve_business)
    VALUES ('critical', 30, false, 120, false, 1440, false),
           ('high', 120, true, 480, true, 1440, true),
           ('normal', 480, true, 960, true, 2400, true),
           ('low', 960, true, 2400, true, 4800, true)
    ON CONFLICT (severity) DO NOTHING;

    CREATE TABLE IF NOT EXISTS business_hours (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      team_id uuid UNIQUE REFERENCES teams (id) ON DELETE CASCADE,
      time_zone text NOT NULL,
      weekly jsonb NOT NULL,
      holiday_country text,
      holiday_region text,
      days_off date[] NOT NULL DEFAULT '{}',
      updated_by uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- The organisation's hours (team_id NULL): one row.
    CREATE UNIQUE INDEX IF NOT EXISTS business_hours_organisation_idx ON business_hours ((true))
      WHERE team_id IS NULL;
    INSERT INTO business_hours (team_id, time_zone, weekly)
    SELECT NULL, 'UTC', '{"1":[{"start":"09:00","end":"17:00"}],"2":[{"start":"09:00","end":"17:00"}],"3":[{"start":"09:00","end":"17:00"}],"4":[{"start":"09:00","end":"17:00"}],"5":[{"start":"09:00","end":"17:00"}]}'::jsonb
    WHERE NOT EXISTS (SELECT 1 FROM business_hours WHERE team_id IS NULL);

    ALTER TABLE cases
      ADD COLUMN IF NOT EXISTS reopened_at timestamptz,
      ADD COLUMN IF NOT EXISTS acknowledge_due_at timestamptz,
      ADD COLUMN IF NOT EXISTS update_due_at timestamptz,
      ADD COLUMN IF NOT EXISTS resolve_due_at timestamptz,
      ADD COLUMN IF NOT EXISTS next_due_at timestamptz;
    CREATE INDEX IF NOT EXISTS cases_next_due_idx ON cases (next_due_at, number)
      WHERE status IN ('open', 'acknowledged');

    CREATE TABLE IF NOT EXISTS case_timers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      kind text NOT NULL,
      -- What the timer is about within the case: a promise or a task; NULL for the case's own clocks.
      subject_id uuid,
      due_at timestamptz NOT NULL,
      fired_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS case_timers_key_idx
      ON case_timers (case_id, kind, COALESCE(subject_id, '00000000-0000-0000-0000-000000000000'));
    CREATE INDEX IF NOT EXISTS case_timers_unfired_idx ON case_timers (due_at) WHERE fired_at IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS case_timers;
    DROP INDEX IF EXISTS cases_next_due_idx;
    ALTER TABLE cases DROP COLUMN IF EXISTS reopened_at, DROP COLUMN IF EXISTS acknowledge_due_at,
      DROP COLUMN IF EXISTS update_due_at, DROP COLUMN IF EXISTS resolve_due_at, DROP COLUMN IF EXISTS next_due_at;
    DROP TABLE IF EXISTS business_hours;
    DROP TABLE IF EXISTS case_policies;
  `.execute(db);
}
