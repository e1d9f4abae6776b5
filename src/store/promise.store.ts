import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { CasePromise, PromiseState } from '../core/promise/promise.ts';
import type { Executor } from './db.ts';
import type { PromiseTable } from './schema.ts';

function rowToPromise(row: Selectable<PromiseTable>): CasePromise {
  return {
    id: row.id,
    caseId: row.case_id,
    what: row.what,
    dueAt: row.due_at,
    confidence: row.confidence,
    customerVisible: row.customer_visible,
    state: row.state,
    madeAt: row.made_at,
    madeBy: row.made_by ?? undefined,
    settledAt: row.settled_at ?? undefined,
    settledBy: row.settled_by ?? undefined,
    replacesId: row.replaces_id ?? undefined,
  };
}

export type NewPromise = Omit<CasePromise, 'id' | 'state' | 'settledAt' | 'settledBy'>;

export async function insertPromise(db: Executor, promise: NewPromise): Promise<CasePromise> {
  const row = await db
    .insertInto('promises')
    .values({
      case_id: promise.caseId,
      what: promise.what,
      due_at: promise.dueAt,
      confidence: promise.confidence,
      customer_visible: promise.customerVisible,
      made_at: promise.madeAt,
      made_by: promise.madeBy ?? null,
      replaces_id: promise.replacesId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return rowToPromise(row);
}

export async function findPromiseById(db: Executor, id: string): Promise<CasePromise | undefined> {
  const row = await db.selectFrom('promises').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToPromise(row) : undefined;
}

/** Reads a promise and locks it for the rest of the caller's transaction (a settlement races none). */
export async function lockPromiseById(db: Executor, id: string): Promise<CasePromise | undefined> {
  const row = await db.selectFrom('promises').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? rowToPromise(row) : undefined;
}

/** Writes a settled promise's state; only while it is still open (core decided it was). */
export async function updatePromiseState(
  db: Executor,
  promise: Pick<CasePromise, 'id' | 'state' | 'settledAt' | 'settledBy'>,
): Promise<void> {
  await db
    .updateTable('promises')
    .set({
      state: promise.state,
      settled_at: promise.settledAt ?? null,
      settled_by: promise.settledBy ?? null,
    })
    .where('id', '=', promise.id)
    .where('state', '=', 'open')
    .execute();
}

/** A case's promises, oldest first (a renegotiated one before the one that replaced it). */
export async function listCasePromises(
  db: Executor,
  caseId: string,
  filter: { state?: PromiseState; customerVisible?: boolean } = {},
): Promise<CasePromise[]> {
  let query = db.selectFrom('promises').selectAll().where('case_id', '=', caseId);
  if (filter.state) query = query.where('state', '=', filter.state);
  if (filter.customerVisible !== undefined)
    query = query.where('customer_visible', '=', filter.customerVisible);
  const rows = await query.orderBy('made_at').orderBy('id').execute();
  return rows.map(rowToPromise);
}

/** How many promises came to each end in a period, per group. */
export type PromiseOutcomeCounts = {
  groupId: string | undefined;
  groupName: string;
  kept: number;
  broken: number;
  renegotiated: number;
};

/**
 * Counts the promises settled in [from, to) by how they ended, per the person who made them
 * (`agent`) or per their case's team (`team`; cases without a team in one group, id undefined).
 */
export async function countPromiseOutcomes(
  db: Executor,
  options: { from: Date; to: Date; groupBy: 'agent' | 'team' },
): Promise<PromiseOutcomeCounts[]> {
  const { rows } =
    options.groupBy === 'agent'
      ? await sql<{
          group_id: string | null;
          group_name: string | null;
          kept: number;
          broken: number;
          renegotiated: number;
        }>`
          SELECT p.made_by AS group_id, u.name AS group_name,
                 count(*) FILTER (WHERE p.state = 'kept')::int AS kept,
                 count(*) FILTER (WHERE p.state = 'broken')::int AS broken,
                 count(*) FILTER (WHERE p.state = 'renegotiated')::int AS renegotiated
          FROM promises p LEFT JOIN users u ON u.id = p.made_by
          WHERE p.settled_at >= ${options.from} AND p.settled_at < ${options.to}
            AND p.state IN ('kept', 'broken', 'renegotiated')
          GROUP BY p.made_by, u.name
          ORDER BY u.name NULLS LAST`.execute(db)
      : await sql<{
          group_id: string | null;
          group_name: string | null;
          kept: number;
          broken: number;
          renegotiated: number;
        }>`
          SELECT c.team_id AS group_id, t.name AS group_name,
                 count(*) FILTER (WHERE p.state = 'kept')::int AS kept,
                 count(*) FILTER (WHERE p.state = 'broken')::int AS broken,
                 count(*) FILTER (WHERE p.state = 'renegotiated')::int AS renegotiated
          FROM promises p JOIN cases c ON c.id = p.case_id LEFT JOIN teams t ON t.id = c.team_id
          WHERE p.settled_at >= ${options.from} AND p.settled_at < ${options.to}
            AND p.state IN ('kept', 'broken', 'renegotiated')
          GROUP BY c.team_id, t.name
          ORDER BY t.name NULLS LAST`.execute(db);
  return rows.map((row) => ({
    groupId: row.group_id ?? undefined,
    groupName: row.group_name ?? (options.groupBy === 'agent' ? 'Amends' : 'No team'),
    kept: row.kept,
    broken: row.broken,
    renegotiated: row.renegotiated,
  }));
}

/**
 * Who hears, besides the owner, that a promise broke: a supervisor of the case's team, else any
 * supervisor, else an admin — active, never the owner. Undefined when there is nobody else.
 */
export async function findSupervisorFor(
  db: Executor,
  teamId: string | undefined,
  ownerId: string,
): Promise<{ id: string; email: string; name: string } | undefined> {
  const { rows } = await sql<{ id: string; email: string; name: string }>`
    SELECT u.id, u.email, u.name FROM users u
    WHERE u.active AND u.id <> ${ownerId} AND u.role IN ('supervisor', 'admin')
    ORDER BY (u.role = 'supervisor' AND EXISTS (
               SELECT 1 FROM team_members m WHERE m.user_id = u.id AND m.team_id = ${teamId ?? null}::uuid)) DESC,
             (u.role = 'supervisor') DESC, u.name, u.id
    LIMIT 1`.execute(db);
  return rows[0];
}
