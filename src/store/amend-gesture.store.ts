import { sql } from 'kysely';
import type { Spent } from '../core/amends/authority.ts';
import { type Gesture, type GestureState, SPENDING_STATES } from '../core/amends/gesture.ts';
import type { GestureKind } from '../core/amends/gesture-kind.ts';
import type { StoryAmend } from '../core/customer/customer-story.ts';
import { minor } from './amend-catalogue.store.ts';
import type { Executor } from './db.ts';
import type { AmendGestureRow } from './schema.ts';

export function gestureRowToGesture(row: AmendGestureRow): Gesture {
  return {
    id: row.id,
    caseId: row.case_id,
    gestureTypeId: row.gesture_type_id,
    kind: row.kind as GestureKind,
    label: row.label,
    amountMinor: minor(row.amount_minor),
    currency: row.currency ?? undefined,
    state: row.state,
    requestedBy: row.requested_by,
    decidedBy: row.decided_by ?? undefined,
    reason: row.reason ?? undefined,
    decisionReason: row.decision_reason ?? undefined,
    reference: row.reference ?? undefined,
    code: row.code ?? undefined,
    lastError: row.last_error ?? undefined,
    requestedAt: row.requested_at,
    decidedAt: row.decided_at ?? undefined,
    issuedAt: row.issued_at ?? undefined,
  };
}

export type NewGesture = {
  caseId: string;
  gestureTypeId: string;
  kind: GestureKind;
  label: string;
  amountMinor: number | undefined;
  currency: string | undefined;
  state: GestureState;
  teamId: string | undefined;
  requestedBy: string;
  reason: string | undefined;
  idempotencyKey: string;
  requestedAt: Date;
};

/** Inserts the gesture; undefined when this case already has one for this key (a repeated click). */
export async function insertGesture(db: Executor, gesture: NewGesture): Promise<Gesture | undefined> {
  const row = await db
    .insertInto('amend_gestures')
    .values({
      case_id: gesture.caseId,
      gesture_type_id: gesture.gestureTypeId,
      kind: gesture.kind,
      label: gesture.label,
      amount_minor: gesture.amountMinor ?? null,
      currency: gesture.currency ?? null,
      state: gesture.state,
      team_id: gesture.teamId ?? null,
      requested_by: gesture.requestedBy,
      reason: gesture.reason ?? null,
      idempotency_key: gesture.idempotencyKey,
      requested_at: gesture.requestedAt,
      updated_at: gesture.requestedAt,
    })
    .onConflict((oc) => oc.columns(['case_id', 'idempotency_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? gestureRowToGesture(row) : undefined;
}

export async function findGestureByKey(
  db: Executor,
  caseId: string,
  key: string,
): Promise<Gesture | undefined> {
  const row = await db
    .selectFrom('amend_gestures')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row ? gestureRowToGesture(row) : undefined;
}

export async function findGesture(
  db: Executor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Gesture | undefined> {
  let query = db.selectFrom('amend_gestures').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? gestureRowToGesture(row) : undefined;
}

export async function listCaseGestures(db: Executor, caseId: string): Promise<Gesture[]> {
  const rows = await db
    .selectFrom('amend_gestures')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('requested_at')
    .orderBy('id')
    .execute();
  return rows.map(gestureRowToGesture);
}

/** The gestures made on a customer's cases, newest first, each with its case's number. */
export async function listGesturesOfCustomer(
  db: Executor,
  customerId: string,
  limit: number,
): Promise<StoryAmend[]> {
  const rows = await db
    .selectFrom('amend_gestures as g')
    .innerJoin('cases as c', 'c.id', 'g.case_id')
    .selectAll('g')
    .select('c.number as case_number')
    .where('c.customer_id', '=', customerId)
    .orderBy('g.requested_at', 'desc')
    .orderBy('g.id')
    .limit(limit)
    .execute();
  return rows.map(({ case_number, ...row }) => {
    const gesture = gestureRowToGesture(row);
    return {
      id: gesture.id,
      caseId: gesture.caseId,
      caseNumber: case_number,
      kind: gesture.kind,
      label: gesture.label,
      amountMinor: gesture.amountMinor,
      currency: gesture.currency,
      state: gesture.state,
      requestedAt: gesture.requestedAt,
      issuedAt: gesture.issuedAt,
    };
  });
}

/** How many gestures a case has that were not declined or failed: what the resolve prompt counts. */
export async function countCaseGestures(
  db: Executor,
  caseIds: readonly string[],
): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('amend_gestures')
    .select(['case_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('case_id', 'in', [...caseIds])
    .where('state', 'not in', ['declined', 'failed'])
    .groupBy('case_id')
    .execute();
  return new Map(rows.map((row) => [row.case_id, Number(row.n)]));
}

/** Requests waiting for a supervisor, oldest first. */
export async function listPendingGestures(db: Executor): Promise<Gesture[]> {
  const rows = await db
    .selectFrom('amend_gestures')
    .selectAll()
    .where('state', '=', 'pending_approval')
    .orderBy('requested_at')
    .limit(500)
    .execute();
  return rows.map(gestureRowToGesture);
}

export type GestureChange = Partial<{
  state: GestureState;
  decidedBy: string;
  decisionReason: string;
  decidedAt: Date;
  reference: string;
  code: string;
  lastError: string | null;
  issuedAt: Date;
}>;

/** Moves a gesture on, only from the states given (so two deciders cannot both win). */
export async function updateGesture(
  db: Executor,
  id: string,
  from: readonly GestureState[],
  change: GestureChange,
  now: Date,
): Promise<Gesture | undefined> {
  const row = await db
    .updateTable('amend_gestures')
    .set({
      updated_at: now,
      ...(change.state && { state: change.state }),
      ...(change.decidedBy && { decided_by: change.decidedBy }),
      ...(change.decisionReason !== undefined && { decision_reason: change.decisionReason }),
      ...(change.decidedAt && { decided_at: change.decidedAt }),
      ...(change.reference !== undefined && { reference: change.reference }),
      ...(change.code !== undefined && { code: change.code }),
      ...(change.lastError !== undefined && { last_error: change.lastError }),
      ...(change.issuedAt && { issued_at: change.issuedAt }),
    })
    .where('id', '=', id)
    .where('state', 'in', [...from])
    .returningAll()
    .executeTakeFirst();
  return row ? gestureRowToGesture(row) : undefined;
}

/**
 * Serialises spending by one person and one team (transaction-scoped advisory locks, taken in this
 * order after the case's row), so two gestures on different cases cannot both fit the last of a
 * monthly limit.
 */
export async function lockSpenders(db: Executor, userId: string, teamId: string | undefined): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`amends:agent:${userId}`}, 0))`.execute(db);
  if (teamId)
    await sql`SELECT pg_advisory_xact_lock(hashtextextended(${`amends:team:${teamId}`}, 0))`.execute(db);
}

/**
 * What has gone out in `currency`: of this gesture on the case and by the person in [monthStart,
 * monthEnd) (a limit row is per gesture), and of every gesture by the team (a budget is the team's).
 */
export async function findSpent(
  db: Executor,
  input: {
    caseId: string;
    userId: string;
    gestureTypeId: string;
    teamId: string | undefined;
    currency: string;
    monthStart: Date;
    monthEnd: Date;
  },
): Promise<Spent> {
  const { rows } = await sql<{ case_minor: string; agent_minor: string; team_minor: string }>`
    SELECT
      COALESCE(sum(amount_minor) FILTER (WHERE case_id = ${input.caseId}
        AND gesture_type_id = ${input.gestureTypeId}), 0)::text AS case_minor,
      COALESCE(sum(amount_minor) FILTER (WHERE requested_by = ${input.userId}
        AND gesture_type_id = ${input.gestureTypeId}
        AND requested_at >= ${input.monthStart} AND requested_at < ${input.monthEnd}), 0)::text AS agent_minor,
      COALESCE(sum(amount_minor) FILTER (WHERE team_id IS NOT DISTINCT FROM ${input.teamId ?? null}::uuid
        AND ${input.teamId ?? null}::uuid IS NOT NULL
        AND requested_at >= ${input.monthStart} AND requested_at < ${input.monthEnd}), 0)::text AS team_minor
    FROM amend_gestures
    WHERE currency = ${input.currency} AND state = ANY(${[...SPENDING_STATES]}::text[])
      AND (case_id = ${input.caseId} OR requested_by = ${input.userId}
           OR team_id IS NOT DISTINCT FROM ${input.teamId ?? null}::uuid)
  `.execute(db);
  const row = rows[0];
  return {
    caseMinor: Number(row?.case_minor ?? 0),
    agentMonthMinor: Number(row?.agent_minor ?? 0),
    teamMonthMinor: Number(row?.team_minor ?? 0),
  };
}

/**
 * What an approver has already authorised in `currency` of this gesture: on the case (every gesture
 * of it that counts), and by them in [monthStart, monthEnd) — the requests they approved then, and
 * their own gestures issued within their authority (decided by nobody) then.
 */
export async function findApproverSpent(
  db: Executor,
  input: {
    caseId: string;
    approverId: string;
    gestureTypeId: string;
    currency: string;
    monthStart: Date;
    monthEnd: Date;
  },
): Promise<Pick<Spent, 'caseMinor' | 'agentMonthMinor'>> {
  const { rows } = await sql<{ case_minor: string; month_minor: string }>`
    SELECT
      COALESCE(sum(amount_minor) FILTER (WHERE case_id = ${input.caseId}), 0)::text AS case_minor,
      COALESCE(sum(amount_minor) FILTER (WHERE
        (decided_by = ${input.approverId} AND decided_at >= ${input.monthStart} AND decided_at < ${input.monthEnd})
        OR (decided_by IS NULL AND requested_by = ${input.approverId}
            AND requested_at >= ${input.monthStart} AND requested_at < ${input.monthEnd})), 0)::text AS month_minor
    FROM amend_gestures
    WHERE currency = ${input.currency} AND gesture_type_id = ${input.gestureTypeId}
      AND state = ANY(${[...SPENDING_STATES]}::text[])
      AND (case_id = ${input.caseId} OR decided_by = ${input.approverId} OR requested_by = ${input.approverId})
  `.execute(db);
  const row = rows[0];
  return { caseMinor: Number(row?.case_minor ?? 0), agentMonthMinor: Number(row?.month_minor ?? 0) };
}

/** One case, gesture type and currency whose approver's spend is asked for. */
export type ApproverSpentKey = { caseId: string; gestureTypeId: string; currency: string };

/**
 * findApproverSpent for many keys at once, in one statement (the approval queue's): each key with
 * its sums, computed by the same conditions. Each key comes back once, with zeros when no gesture
 * matches it.
 */
export async function listApproverSpent(
  db: Executor,
  input: { approverId: string; monthStart: Date; monthEnd: Date; keys: readonly ApproverSpentKey[] },
): Promise<(ApproverSpentKey & Pick<Spent, 'caseMinor' | 'agentMonthMinor'>)[]> {
  if (input.keys.length === 0) return [];
  const { rows } = await sql<{
    case_id: string;
    gesture_type_id: string;
    currency: string;
    case_minor: string;
    month_minor: string;
  }>`
    SELECT
      k.case_id::text AS case_id, k.gesture_type_id::text AS gesture_type_id, k.currency,
      COALESCE(sum(g.amount_minor) FILTER (WHERE g.case_id = k.case_id), 0)::text AS case_minor,
      COALESCE(sum(g.amount_minor) FILTER (WHERE
        (g.decided_by = ${input.approverId} AND g.decided_at >= ${input.monthStart} AND g.decided_at < ${input.monthEnd})
        OR (g.decided_by IS NULL AND g.requested_by = ${input.approverId}
            AND g.requested_at >= ${input.monthStart} AND g.requested_at < ${input.monthEnd})), 0)::text AS month_minor
    -- DISTINCT: a key asked twice would otherwise join its gestures twice and double its sums.
    FROM (SELECT DISTINCT * FROM unnest(
      ${input.keys.map((key) => key.caseId)}::uuid[],
      ${input.keys.map((key) => key.gestureTypeId)}::uuid[],
      ${input.keys.map((key) => key.currency)}::text[]
    ) AS asked (case_id, gesture_type_id, currency)) AS k
    LEFT JOIN amend_gestures g
      ON g.currency = k.currency AND g.gesture_type_id = k.gesture_type_id
      AND g.state = ANY(${[...SPENDING_STATES]}::text[])
      AND (g.case_id = k.case_id OR g.decided_by = ${input.approverId} OR g.requested_by = ${input.approverId})
    GROUP BY k.case_id, k.gesture_type_id, k.currency
  `.execute(db);
  return rows.map((row) => ({
    caseId: row.case_id,
    gestureTypeId: row.gesture_type_id,
    currency: row.currency,
    caseMinor: Number(row.case_minor),
    agentMonthMinor: Number(row.month_minor),
  }));
}

export type SpendLine = { scope: 'agent' | 'team'; id: string; currency: string; spentMinor: number };

/** Spend this month per person and per team, per currency: what the console shows beside limits. */
export async function listMonthSpend(db: Executor, monthStart: Date, monthEnd: Date): Promise<SpendLine[]> {
  const { rows } = await sql<{ scope: 'agent' | 'team'; id: string; currency: string; spent: string }>`
    SELECT 'agent' AS scope, requested_by::text AS id, currency, sum(amount_minor)::text AS spent
    FROM amend_gestures
    WHERE currency IS NOT NULL AND state = ANY(${[...SPENDING_STATES]}::text[])
      AND requested_at >= ${monthStart} AND requested_at < ${monthEnd}
    GROUP BY requested_by, currency
    UNION ALL
    SELECT 'team', team_id::text, currency, sum(amount_minor)::text
    FROM amend_gestures
    WHERE currency IS NOT NULL AND team_id IS NOT NULL AND state = ANY(${[...SPENDING_STATES]}::text[])
      AND requested_at >= ${monthStart} AND requested_at < ${monthEnd}
    GROUP BY team_id, currency
    ORDER BY 1, 2, 3
  `.execute(db);
  return rows.map((row) => ({
    scope: row.scope,
    id: row.id,
    currency: row.currency,
    spentMinor: Number(row.spent),
  }));
}
