// Why: sensing — surveys and their scales, one rating request per customer and touchpoint, every
// answer kept as history (a changed mind is data too), comments, and the signing secret that every
// instance must share so a link signed by one is accepted by all.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS app_secrets (
      name text PRIMARY KEY,
      value text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );

    -- A case may be about one touchpoint (delivery 4471); feedback on it attaches instead of duplicating.
    ALTER TABLE cases ADD COLUMN IF NOT EXISTS touchpoint_type text;
    ALTER TABLE cases ADD COLUMN IF NOT EXISTS touchpoint_ref text;
    CREATE INDEX IF NOT EXISTS cases_touchpoint_idx ON cases (customer_id, touchpoint_type, touchpoint_ref);

    CREATE TABLE IF NOT EXISTS settings (
      name text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE IF NOT EXISTS surveys (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('thermometer', 'csat', 'nps')),
      touchpoint_type text NOT NULL,
      question text NOT NULL,
      scale jsonb NOT NULL,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE IF NOT EXISTS rating_requests (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- 128 random bits, base64url: the public name of the request in its links.
      key text NOT NULL UNIQUE,
      survey_id uuid NOT NULL REFERENCES surveys (id),
      customer_id uuid NOT NULL REFERENCES customers (id),
      touchpoint_type text NOT NULL,
      touchpoint_ref text NOT NULL,
      team_id uuid REFERENCES teams (id),
      -- Copied from the survey's kind when the request is made, so recording needs no lookup.
      negative_at_most smallint NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      -- Links stop recording here: 60 days after the request, then 7 days after the first answer.
      expires_at timestamptz NOT NULL,
      first_answered_at timestamptz,
      last_answered_at timestamptz,
      last_score smallint,
      case_id uuid REFERENCES cases (id),
      -- What the case's timeline already tells, so a retried job never tells it twice.
      reported_answer_id bigint NOT NULL DEFAULT 0,
      reported_comment_id bigint NOT NULL DEFAULT 0
    );
    CREATE INDEX IF NOT EXISTS rating_requests_customer_idx ON rating_requests (customer_id, touchpoint_type, touchpoint_ref);
    CREATE INDEX IF NOT EXISTS rating_requests_survey_idx ON rating_requests (survey_id, last_answered_at);

    CREATE TABLE IF NOT EXISTS rating_answers (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id uuid NOT NULL REFERENCES rating_requests (id),
      score smallint NOT NULL,
      -- 'page': the person's browser confirmed; 'button': the no-script confirm button.
      source text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS rating_answers_request_idx ON rating_answers (request_id, id);
    CREATE INDEX IF NOT EXISTS rating_answers_at_idx ON rating_answers (at);

    CREATE TABLE IF NOT EXISTS rating_comments (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      request_id uuid NOT NULL REFERENCES rating_requests (id),
      body text NOT NULL,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX IF NOT EXISTS rating_comments_request_idx ON rating_comments (request_id, id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP TABLE IF EXISTS rating_comments, rating_answers, rating_requests, surveys, settings, app_secrets;
    ALTER TABLE cases DROP COLUMN IF EXISTS touchpoint_type, DROP COLUMN IF EXISTS touchpoint_ref`.execute(
    db,
  );
}
