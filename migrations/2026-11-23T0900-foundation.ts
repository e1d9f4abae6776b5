// Why: the foundation of Amends — people and teams, customers, cases with one owner, the
// append-only timeline (the customer's single story), sessions, API tokens and the audit log.
// Migrations take Kysely<any> and never import app code, so they stay true as the code moves on.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS teams (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS teams_name_key ON teams (lower(name));

    CREATE TABLE IF NOT EXISTS users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      name text NOT NULL,
      role text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
      password_hash text,
      active boolean NOT NULL DEFAULT true,
      available boolean NOT NULL DEFAULT true,
      last_assigned_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS users_email_key ON users (lower(email));

    CREATE TABLE IF NOT EXISTS team_members (
      team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      PRIMARY KEY (team_id, user_id)
    );
    CREATE INDEX IF NOT EXISTS team_members_user_idx ON team_members (user_id);

    CREATE TABLE IF NOT EXISTS sessions (
      id text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sessions_expires_idx ON sessions (expires_at);

    CREATE TABLE IF NOT EXISTS api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      name text NOT NULL,
      token_hash text NOT NULL UNIQUE,
      prefix text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    CREATE TABLE IF NOT EXISTS customers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      external_id text UNIQUE,
      name text NOT NULL,
      emails text[] NOT NULL DEFAULT '{}',
      phones text[] NOT NULL DEFAULT '{}',
      social_handles text[] NOT NULL DEFAULT '{}',
      attributes jsonb NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS customers_emails_idx ON customers USING gin (emails);

    CREATE TABLE IF NOT EXISTS cases (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      number bigint GENERATED ALWAYS AS IDENTITY (START WITH 1001) UNIQUE,
      customer_id uuid NOT NULL REFERENCES customers (id),
      team_id uuid REFERENCES teams (id),
      title text NOT NULL,
      story text NOT NULL,
      severity text NOT NULL CHECK (severity IN ('critical', 'high', 'normal', 'low')),
      channel text NOT NULL,
      status text NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved', 'closed')),
      owner_id uuid NOT NULL REFERENCES users (id),
      handoff_count integer NOT NULL DEFAULT 0,
      reopen_count integer NOT NULL DEFAULT 0,
      created_by uuid REFERENCES users (id),
      opened_at timestamptz NOT NULL DEFAULT now(),
      waiting_since timestamptz NOT NULL DEFAULT now(),
      acknowledged_at timestamptz,
      resolved_at timestamptz,
      closed_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS cases_inbox_idx ON cases (status, severity, waiting_since);
    CREATE INDEX IF NOT EXISTS cases_owner_idx ON cases (owner_id, status);
    CREATE INDEX IF NOT EXISTS cases_customer_idx ON cases (customer_id);

    CREATE TABLE IF NOT EXISTS case_events (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      case_id uuid NOT NULL REFERENCES cases (id),
      kind text NOT NULL,
      actor_user_id uuid REFERENCES users (id),
      body text,
      data jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS case_events_case_idx ON case_events (case_id, id);

    -- The timeline is the customer's story: once written, never changed or removed.
    CREATE OR REPLACE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'case_events is append-only: % is not allowed', TG_OP;
    END $$;
    DROP TRIGGER IF EXISTS case_events_append_only ON case_events;
    CREATE TRIGGER case_events_append_only BEFORE UPDATE OR DELETE ON case_events
      FOR EACH ROW EXECUTE FUNCTION case_events_append_only();

    CREATE TABLE IF NOT EXISTS audit_log (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      actor_user_id uuid REFERENCES users (id),
      action text NOT NULL,
      subject_type text NOT NULL,
      subject_id text NOT NULL,
      details jsonb NOT NULL DEFAULT '{}',
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS audit_log_subject_idx ON audit_log (subject_type, subject_id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS audit_log, case_events, cases, customers, api_tokens, sessions, team_members, users, teams;
    DROP FUNCTION IF EXISTS case_events_append_only();
  `.execute(db);
}
