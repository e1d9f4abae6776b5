// Why: feedback and its case disagreed. A comment was filed under whatever answer the request had
// last, so after a change of mind an angry comment showed under the green "Good" chip; it now records
// the answer it was written after (backfilled by time: the request's latest answer at or before it).
// A case opened by a bare rating kept "has not said more yet" as its story after the customer wrote;
// `story_awaits_customer` marks that placeholder so their first words replace it (told on the
// timeline). And an owner's "New case for you" alert lived only in the browser, lost on a reload:
// `owner_seen_at` is the server's truth — null until the owner opens the case (or dismisses its
// alert), null again when a hand-off gives it to someone new. Cases that exist already count as seen,
// so an upgrade does not greet every owner with their whole history.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE rating_comments ADD COLUMN IF NOT EXISTS answer_id bigint REFERENCES rating_answers (id);
    UPDATE rating_comments c SET answer_id = (
      SELECT max(a.id) FROM rating_answers a WHERE a.request_id = c.request_id AND a.at <= c.at
    ) WHERE c.answer_id IS NULL;
    -- The feedback monitor reads each page's comments by answer.
    CREATE INDEX IF NOT EXISTS rating_comments_answer_idx ON rating_comments (answer_id, id);

    ALTER TABLE cases ADD COLUMN IF NOT EXISTS story_awaits_customer boolean NOT NULL DEFAULT false;
    UPDATE cases SET story_awaits_customer = true
      WHERE channel = 'rating' AND story LIKE '%and has not said more yet.'
        AND NOT EXISTS (
          SELECT 1 FROM case_events e
          WHERE e.case_id = cases.id AND e.kind = 'feedback' AND e.data->>'type' = 'comment'
        );

    ALTER TABLE cases ADD COLUMN IF NOT EXISTS owner_seen_at timestamptz;
    UPDATE cases SET owner_seen_at = updated_at WHERE owner_seen_at IS NULL;
    -- "My new cases" on every console load: only the few unseen rows are indexed.
    CREATE INDEX IF NOT EXISTS cases_owner_unseen_idx ON cases (owner_id) WHERE owner_seen_at IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS cases_owner_unseen_idx;
    ALTER TABLE cases DROP COLUMN IF EXISTS owner_seen_at, DROP COLUMN IF EXISTS story_awaits_customer;
    DROP INDEX IF EXISTS rating_comments_answer_idx;
    ALTER TABLE rating_comments DROP COLUMN IF EXISTS answer_id;
  `.execute(db);
}
