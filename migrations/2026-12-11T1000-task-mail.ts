// Help without hand-offs (issue 12): the person asked for help is mailed, and when the task runs
// overdue so are they and the case's owner. `outbound_emails.task_id` names the task such a mail is
// about, so it is composed from the task right before it is sent (and not sent once the task is done).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE outbound_emails ADD COLUMN IF NOT EXISTS task_id uuid REFERENCES case_tasks (id) ON DELETE SET NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DELETE FROM outbound_emails WHERE kind IN ('task-asked', 'task-overdue');
    ALTER TABLE outbound_emails DROP COLUMN IF EXISTS task_id;
  `.execute(db);
}
