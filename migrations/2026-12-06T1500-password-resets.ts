// Why: an admin can give a colleague who forgot their password (or a person just added without one)
// a link to choose a new one, instead of inventing a password and passing it along. The link's secret
// is stored only as a hash; each link works once and expires, and a newer link replaces an older one.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS password_resets (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id),
      token_hash text NOT NULL UNIQUE,
      created_by uuid REFERENCES users (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS password_resets_user_idx ON password_resets (user_id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS password_resets`.execute(db);
}
