// Why: front-line people put things right within the authority they are given (issue 12, Amends).
// A catalogue of gestures the admin keeps; limits per role, gesture and currency, and team budgets
// per month, against which each gesture is decided; the gestures themselves (one per case and
// Idempotency-Key, so a double click is one gesture), with their way from request to issued; pools
// of coupon and gift-card codes, each claimed by one gesture only (the unique gesture_id); and each
// attempt to tell the business's system by webhook, so pending and failing issues are visible.
// Amounts are bigint minor units (never floats), each beside its ISO 4217 currency.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE TABLE IF NOT EXISTS amend_gesture_types (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind text NOT NULL CHECK (kind IN ('refund', 'account_credit', 'coupon', 'free_shipping', 'gift_card',
        'replacement', 'free_trial', 'waived_fee', 'custom')),
      name text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
      carries_money boolean NOT NULL,
      uses_code_pool boolean NOT NULL DEFAULT false,
      default_amount_minor bigint CHECK (default_amount_minor > 0),
      default_currency text CHECK (default_currency ~ '^[A-Z]{3}$'),
      active boolean NOT NULL DEFAULT true,
      position integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    INSERT INTO amend_gesture_types (kind, name, carries_money, uses_code_pool, position)
    SELECT * FROM (VALUES
      ('refund', 'Refund', true, false, 1), ('account_credit', 'Account credit', true, false, 2),
      ('coupon', 'Coupon', true, true, 3), ('free_shipping', 'Free shipping', false, false, 4),
      ('gift_card', 'Gift card', true, true, 5), ('replacement', 'Replacement', false, false, 6),
      ('free_trial', 'Free trial', false, false, 7), ('waived_fee', 'Waived fee', true, false, 8)
    ) AS seed (kind, name, carries_money, uses_code_pool, position)
    WHERE NOT EXISTS (SELECT 1 FROM amend_gesture_types);

    CREATE TABLE IF NOT EXISTS amend_limits (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      role text NOT NULL CHECK (role IN ('agent', 'supervisor', 'admin')),
      gesture_type_id uuid NOT NULL REFERENCES amend_gesture_types (id) ON DELETE CASCADE,
      -- NULL for gestures that carry no money: the row itself is the authority.
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      per_gesture_minor bigint CHECK (per_gesture_minor >= 0),
      per_case_minor bigint CHECK (per_case_minor >= 0),
      per_agent_month_minor bigint CHECK (per_agent_month_minor >= 0),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX IF NOT EXISTS amend_limits_key_idx
      ON amend_limits (role, gesture_type_id, COALESCE(currency, ''));

    CREATE TABLE IF NOT EXISTS amend_team_budgets (
      team_id uuid NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
      currency text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      monthly_minor bigint NOT NULL CHECK (monthly_minor >= 0),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (team_id, currency)
    );

    CREATE TABLE IF NOT EXISTS amend_gestures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      case_id uuid NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
      gesture_type_id uuid NOT NULL REFERENCES amend_gesture_types (id),
      kind text NOT NULL,
      label text NOT NULL,
      amount_minor bigint CHECK (amount_minor > 0),
      currency text CHECK (currency ~ '^[A-Z]{3}$'),
      state text NOT NULL CHECK (state IN ('requested', 'pending_approval', 'approved', 'declined', 'issuing',
        'issued', 'failed')),
      -- The case's team when asked for: its budget is the one spent.
      team_id uuid REFERENCES teams (id) ON DELETE SET NULL,
      requested_by uuid NOT NULL REFERENCES users (id),
      decided_by uuid REFERENCES users (id),
      reason text,
      decision_reason text,
      reference text,
      code text,
      idempotency_key text NOT NULL,
      last_error text,
      requested_at timestamptz NOT NULL,
      decided_at timestamptz,
      issued_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((amount_minor IS NULL) = (currency IS NULL)),
      CHECK (decided_by IS NULL OR decided_by <> requested_by),
      UNIQUE (case_id, idempotency_key)
    );
    CREATE INDEX IF NOT EXISTS amend_gestures_case_idx ON amend_gestures (case_id, requested_at);
    CREATE INDEX IF NOT EXISTS amend_gestures_agent_month_idx ON amend_gestures (requested_by, requested_at);
    CREATE INDEX IF NOT EXISTS amend_gestures_team_month_idx ON amend_gestures (team_id, requested_at);
    CREATE INDEX IF NOT EXISTS amend_gestures_pending_idx ON amend_gestures (requested_at)
      WHERE state = 'pending_approval';

    CREATE TABLE IF NOT EXISTS amend_codes (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      gesture_type_id uuid NOT NULL REFERENCES amend_gesture_types (id) ON DELETE CASCADE,
      code text NOT NULL CHECK (length(code) BETWEEN 1 AND 200),
      -- Set once, by the claim: a code never goes to two gestures.
      gesture_id uuid UNIQUE REFERENCES amend_gestures (id),
      uploaded_by uuid REFERENCES users (id),
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      claimed_at timestamptz,
      UNIQUE (gesture_type_id, code)
    );
    CREATE INDEX IF NOT EXISTS amend_codes_free_idx ON amend_codes (gesture_type_id, id) WHERE gesture_id IS NULL;

    CREATE TABLE IF NOT EXISTS amend_webhook_deliveries (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      gesture_id uuid NOT NULL REFERENCES amend_gestures (id) ON DELETE CASCADE,
      attempt integer NOT NULL,
      at timestamptz NOT NULL,
      status_code integer,
      error text,
      reference text
    );
    CREATE INDEX IF NOT EXISTS amend_webhook_deliveries_gesture_idx ON amend_webhook_deliveries (gesture_id, id);
  `.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS amend_webhook_deliveries;
    DROP TABLE IF EXISTS amend_codes;
    DROP TABLE IF EXISTS amend_gestures;
    DROP TABLE IF EXISTS amend_team_budgets;
    DROP TABLE IF EXISTS amend_limits;
    DROP TABLE IF EXISTS amend_gesture_types;
  `.execute(db);
}
