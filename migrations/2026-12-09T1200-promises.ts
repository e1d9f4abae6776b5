// Why: the promise ledger (issue 11). A promise to the customer on a case is a row of its own — what,
// by when, how sure, whether the customer sees it — with its state (open → kept | broken |
// renegotiated) kept on the row, and the promise a renegotiation replaced named by `replaces_id`, so
// the chain of dates is never lost. Open promises are found by case (the status page, the case page)
// and settled ones by when they ended (the kept rate per agent, team and period). A promise broken by
// its due time passing mails its owner and a supervisor: `outbound_emails.promise_id` names the
// promise such a mail is about, so it is composed from the promise right before it is sent.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS promises (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      what text NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
      due_at timestamptz NOT NULL,
      confidence text NOT NULL CHECK (confidence IN ('certain', 'estimate')),
      customer_visible boolean NOT NULL,
      state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'kept', 'broken', 'renegotiated')),
      made_at timestamptz NOT NULL,
      made_by uuid REFERENCES users (id),
      settled_at timestamptz,
      settled_by uuid REFERENCES users (id),
      replaces_id uuid UNIQUE REFERENCES promises (id),
      CHECK ((state = 'open') = (settled_at IS NULL))
    );
    CREATE INDEX IF NOT EXISTS promises_case_idx ON promises (case_id, made_at);
    CREATE INDEX IF NOT EXISTS promises_settled_idx ON promises (settled_at)
      WHERE state IN ('kept', 'broken', 'renegotiated');

    ALTER TABLE outbound_emails ADD COLUMN IF NOT EXISTS promise_id uuid REFERENCES promises (id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    ALTER TABLE outbound_emails DROP COLUMN IF EXISTS promise_id;
    DROP TABLE IF EXISTS promises;
  `.execute(db);
}
