// Why: the console's audit log filters by person and by action, newest first, a page at a time.
// Without these indexes each page walks the whole log backwards by id until it has found a page of
// one person's (or one action's) entries — the rarer the person, the longer the walk.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS audit_log_actor_idx ON audit_log (actor_user_id, id DESC)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS audit_log_action_idx ON audit_log (action, id DESC)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS audit_log_action_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS audit_log_actor_idx`.execute(db);
}
