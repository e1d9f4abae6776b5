import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Severity } from '../core/case/severity.ts';
import type { Executor } from './db.ts';
import type { Database } from './schema.ts';

/**
 * Whose clocks a change governs: the active cases of a severity (a policy changed), of a team (its
 * own hours changed) or counting in the organisation's hours (cases without a team, and teams
 * without hours of their own).
 */
export type Governed = { severity: Severity } | { teamId: string } | { organisationHours: true };

/**
 * Waits for every transaction that writes or locks cases to finish, and holds new ones until the
 * caller commits; plain reads go on. A case opened or written to while a policy changes read the old
 * policy under MVCC; without this, it could commit after the change's recompute had looked, and keep
 * a stale clock. EXCLUSIVE rather than SHARE ROW EXCLUSIVE: the weaker mode would be granted beside a
 * transaction holding a case row FOR UPDATE, which then deadlocks writing that row while we wait on it.
 */
export async function holdCaseWrites(db: Executor): Promise<void> {
  await sql`LOCK TABLE cases IN EXCLUSIVE MODE`.execute(db);
}

/**
 * The active cases a change governs, locked in id order (as refreshCaseClocks wants them), at most
 * `limit` after `afterId` (keyset): the caller recomputes their clocks.
 */
export async function lockGovernedCases(
  db: Executor,
  governed: Governed,
  page: { limit: number; afterId?: string | undefined },
): Promise<string[]> {
  let query = db
    .selectFrom('cases')
    .select('cases.id')
    .where('cases.status', 'in', ['open', 'acknowledged'])
    .orderBy('cases.id')
    .limit(page.limit)
    .forUpdate();
  if (page.afterId) query = query.where('cases.id', '>', page.afterId);
  query = query.where(governedBy(governed));
  const rows = await query.execute();
  return rows.map((row) => row.id);
}

/** How many active cases a change governs (to choose: recompute now, or in batches by a job). */
export async function countGovernedCases(db: Executor, governed: Governed): Promise<number> {
  let query = db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('cases.status', 'in', ['open', 'acknowledged']);
  query = query.where(governedBy(governed));
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

function governedBy(governed: Governed) {
  return (eb: ExpressionBuilder<Database, 'cases'>): Expression<SqlBool> => {
    if ('severity' in governed) return eb('cases.severity', '=', governed.severity);
    if ('teamId' in governed) return eb('cases.team_id', '=', governed.teamId);
    return eb.or([
      eb('cases.team_id', 'is', null),
      eb.not(
        eb.exists(
          eb
            .selectFrom('business_hours')
            .select('business_hours.id')
            .whereRef('business_hours.team_id', '=', 'cases.team_id'),
        ),
      ),
    ]);
  };
}
