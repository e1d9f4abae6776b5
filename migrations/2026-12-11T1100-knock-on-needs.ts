// Why: knock-on needs (issue 12). A flooded basement is rarely only a flooded basement: the customer
// also needs the water damage dried, a letter for the insurer, heating meanwhile. An admin keeps, per
// issue type, a checklist of such needs to ask about (with the partner who handles each, if any); a
// case names its issue type; each need's answer on a case is recorded once — the primary key
// (case_id, need_id) is the key that makes a double click one answer and one referral task.
// Needs and issue types are archived, never deleted: answers on old cases still point at them.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS issue_types (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- Two live issue types with one name would make the case's picker ambiguous; archived ones may repeat.
    CREATE UNIQUE INDEX IF NOT EXISTS issue_types_live_name_idx ON issue_types (lower(name))
      WHERE archived_at IS NULL;

    CREATE TABLE IF NOT EXISTS knock_on_needs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      issue_type_id uuid NOT NULL REFERENCES issue_types (id),
      label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
      partner_name text CHECK (length(partner_name) BETWEEN 1 AND 120),
      partner_contact text CHECK (length(partner_contact) BETWEEN 1 AND 200),
      position integer NOT NULL,
      archived_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (partner_contact IS NULL OR partner_name IS NOT NULL)
    );
    CREATE INDEX IF NOT EXISTS knock_on_needs_type_idx ON knock_on_needs (issue_type_id, position);

    ALTER TABLE cases ADD COLUMN IF NOT EXISTS issue_type_id uuid REFERENCES issue_types (id);

    CREATE TABLE IF NOT EXISTS case_need_answers (
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      need_id uuid NOT NULL REFERENCES knock_on_needs (id),
      answer text NOT NULL CHECK (answer IN ('needed', 'not_needed')),
      -- The need and its partner as they were when asked: a later edit of the checklist does not
      -- rewrite what the customer was offered (the follow-up names it).
      label text NOT NULL,
      partner_name text,
      partner_contact text,
      note text,
      task_id uuid REFERENCES case_tasks (id),
      answered_by uuid NOT NULL REFERENCES users (id),
      answered_at timestamptz NOT NULL,
      PRIMARY KEY (case_id, need_id)
    );
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS case_need_answers;
    ALTER TABLE cases DROP COLUMN IF EXISTS issue_type_id;
    DROP TABLE IF EXISTS knock_on_needs;
    DROP TABLE IF EXISTS issue_types;
  `.execute(db);
}
