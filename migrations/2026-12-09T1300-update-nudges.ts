// Why: when a case's update clock runs out (the void timer, issue 11), its owner is nudged — live,
// across reloads, until a person writes to the customer — and, where the severity's policy says so,
// the customer gets a short holding message from a template of its own kind. `update_nudged_at` keeps
// the nudge on the case (a holding message restarts the update clock but does not end the nudge);
// the partial index serves each owner's "no update for …" alerts without reading their other cases.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cases ADD COLUMN IF NOT EXISTS update_nudged_at timestamptz;
    CREATE INDEX IF NOT EXISTS cases_update_nudged_idx ON cases (owner_id, update_nudged_at)
      WHERE update_nudged_at IS NOT NULL;

    ALTER TABLE message_templates DROP CONSTRAINT IF EXISTS message_templates_kind_check;
    ALTER TABLE message_templates ADD CONSTRAINT message_templates_kind_check
      CHECK (kind IN ('acknowledgement', 'update', 'resolution', 'free', 'holding'));
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DELETE FROM message_templates WHERE kind = 'holding';
    ALTER TABLE message_templates DROP CONSTRAINT IF EXISTS message_templates_kind_check;
    ALTER TABLE message_templates ADD CONSTRAINT message_templates_kind_check
      CHECK (kind IN ('acknowledgement', 'update', 'resolution', 'free'));
    DROP INDEX IF EXISTS cases_update_nudged_idx;
    ALTER TABLE cases DROP COLUMN IF EXISTS update_nudged_at;
  `.execute(db);
}
