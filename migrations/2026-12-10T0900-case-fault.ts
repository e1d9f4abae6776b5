// Why: the message coach (issue 12) asks an agent who admits a mistake in writing to acknowledge it
// only if one was made. The owner records that it was, once per case, with a sentence saying what went
// wrong; the coach then stops asking, and the timeline keeps a `fault_recorded` event. Two nullable
// columns on the case: the fault is a fact about the case, read with it, never a list.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cases
      ADD COLUMN IF NOT EXISTS fault_recorded text CHECK (length(fault_recorded) BETWEEN 1 AND 2000),
      ADD COLUMN IF NOT EXISTS fault_recorded_at timestamptz,
      ADD COLUMN IF NOT EXISTS fault_recorded_by uuid REFERENCES users (id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE cases
      DROP COLUMN IF EXISTS fault_recorded_by,
      DROP COLUMN IF EXISTS fault_recorded_at,
      DROP COLUMN IF EXISTS fault_recorded;
  `.execute(db);
}
