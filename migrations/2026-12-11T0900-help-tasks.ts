// Help without hand-offs (issue 12): the owner asks another team or person for something on a case
// and stays the owner. A task grows a team, an author, comments and a due time watched by a durable
// timer (`task_due`); a knock-on need a customer has becomes a `referral` task to a partner.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE case_tasks DROP CONSTRAINT IF EXISTS case_tasks_kind_check;
    ALTER TABLE case_tasks ADD CONSTRAINT case_tasks_kind_check
      CHECK (kind IN ('follow_up_call', 'help', 'referral'));
    ALTER TABLE case_tasks
      ADD COLUMN IF NOT EXISTS assignee_team_id uuid REFERENCES teams (id),
      ADD COLUMN IF NOT EXISTS created_by uuid REFERENCES users (id),
      ADD COLUMN IF NOT EXISTS partner_name text,
      ADD COLUMN IF NOT EXISTS partner_contact text,
      ADD COLUMN IF NOT EXISTS updated_at timestamptz NOT NULL DEFAULT now();
    CREATE INDEX IF NOT EXISTS case_tasks_open_team_idx ON case_tasks (assignee_team_id, due_at)
      WHERE status = 'open';

    CREATE TABLE IF NOT EXISTS case_task_comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id uuid NOT NULL REFERENCES case_tasks (id) ON DELETE CASCADE,
      author_id uuid NOT NULL REFERENCES users (id),
      body text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS case_task_comments_task_idx ON case_task_comments (task_id, created_at);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS case_task_comments;
    DELETE FROM case_tasks WHERE kind <> 'follow_up_call';
    ALTER TABLE case_tasks
      DROP COLUMN IF EXISTS updated_at,
      DROP COLUMN IF EXISTS partner_contact,
      DROP COLUMN IF EXISTS partner_name,
      DROP COLUMN IF EXISTS created_by,
      DROP COLUMN IF EXISTS assignee_team_id;
    ALTER TABLE case_tasks DROP CONSTRAINT IF EXISTS case_tasks_kind_check;
    ALTER TABLE case_tasks ADD CONSTRAINT case_tasks_kind_check CHECK (kind IN ('follow_up_call'));
  `.execute(db);
}
