// Why: resolving a case must say what went wrong, how it was fixed and why it won't happen again
// (issue 11); the customer's resolution message and the follow-up are made of those words, so each
// resolution is a row (numbered per case: a reopened case resolved again is resolution 2). The
// follow-up N business days later goes exactly once per resolution: `follow_ups` is unique per
// resolution, so concurrent resolves, retried jobs and restarts can never make a second one. A
// resolution keeps when its follow-up is due and whether a reopening called it off, so a
// reconciliation can list the ones missing. `case_tasks` is the owner's to-do on a case (here the
// follow-up call; issue 12 adds more kinds). A reply long after resolution opens a new case that
// names the one it follows.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS case_resolutions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      number integer NOT NULL CHECK (number > 0),
      what_went_wrong text NOT NULL,
      how_fixed text NOT NULL,
      why_not_again text NOT NULL,
      resolved_by uuid REFERENCES users (id),
      resolved_at timestamptz NOT NULL,
      follow_up_due_at timestamptz NOT NULL,
      -- The case reopened before its follow-up was due: none is owed for this resolution.
      follow_up_cancelled_at timestamptz,
      UNIQUE (case_id, number)
    );
    CREATE INDEX IF NOT EXISTS case_resolutions_owed_idx ON case_resolutions (follow_up_due_at)
      WHERE follow_up_cancelled_at IS NULL;

    CREATE TABLE IF NOT EXISTS case_tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN ('follow_up_call')),
      assignee_user_id uuid REFERENCES users (id),
      what text NOT NULL,
      script text,
      due_at timestamptz,
      status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      outcome text,
      completed_at timestamptz,
      completed_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS case_tasks_case_idx ON case_tasks (case_id, created_at);
    CREATE INDEX IF NOT EXISTS case_tasks_open_idx ON case_tasks (assignee_user_id, due_at) WHERE status = 'open';

    CREATE TABLE IF NOT EXISTS follow_ups (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      resolution_id uuid NOT NULL UNIQUE REFERENCES case_resolutions (id) ON DELETE CASCADE,
      email_id uuid,
      rating_request_id uuid REFERENCES rating_requests (id),
      task_id uuid REFERENCES case_tasks (id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS follow_ups_case_idx ON follow_ups (case_id);
    CREATE INDEX IF NOT EXISTS follow_ups_email_idx ON follow_ups (email_id);

    ALTER TABLE cases ADD COLUMN IF NOT EXISTS follows_case_id uuid REFERENCES cases (id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cases DROP COLUMN IF EXISTS follows_case_id;
    DROP TABLE IF EXISTS follow_ups;
    DROP TABLE IF EXISTS case_tasks;
    DROP TABLE IF EXISTS case_resolutions;
  `.execute(db);
}
