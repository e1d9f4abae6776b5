import type { AuthorityLimit, TeamBudget } from '../core/amends/authority.ts';
import type { GestureKind, GestureType } from '../core/amends/gesture-kind.ts';
import type { Role } from '../core/team/role.ts';
import type { Executor } from './db.ts';
import type { AmendGestureTypeRow, AmendLimitRow } from './schema.ts';

/** bigint minor units as pg reads them (a string) → a safe integer (amounts are capped well below 2^53). */
export const minor = (value: string | number | null): number | undefined =>
  value === null ? undefined : Number(value);

export function gestureTypeRowToGestureType(row: AmendGestureTypeRow): GestureType {
  return {
    id: row.id,
    kind: row.kind as GestureKind,
    name: row.name,
    carriesMoney: row.carries_money,
    usesCodePool: row.uses_code_pool,
    defaultAmountMinor: minor(row.default_amount_minor),
    defaultCurrency: row.default_currency ?? undefined,
    active: row.active,
  };
}

export async function listGestureTypes(db: Executor): Promise<GestureType[]> {
  const rows = await db
    .selectFrom('amend_gesture_types')
    .selectAll()
    .orderBy('position')
    .orderBy('name')
    .execute();
  return rows.map(gestureTypeRowToGestureType);
}

export async function findGestureType(db: Executor, id: string): Promise<GestureType | undefined> {
  const row = await db.selectFrom('amend_gesture_types').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? gestureTypeRowToGestureType(row) : undefined;
}

export type GestureTypeInput = Omit<GestureType, 'id'>;

const typeColumns = (input: GestureTypeInput, now: Date) => ({
  kind: input.kind,
  name: input.name,
  carries_money: input.carriesMoney,
  uses_code_pool: input.usesCodePool,
  default_amount_minor: input.defaultAmountMinor ?? null,
  default_currency: input.defaultCurrency ?? null,
  active: input.active,
  updated_at: now,
});

/** Inserts, or updates the entry `id`; undefined when `id` names none. A taken name throws 23505. */
export async function saveGestureType(
  db: Executor,
  id: string | undefined,
  input: GestureTypeInput,
  now: Date,
): Promise<GestureType | undefined> {
  const row = id
    ? await db
        .updateTable('amend_gesture_types')
        .set(typeColumns(input, now))
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst()
    : await db
        .insertInto('amend_gesture_types')
        .values({ ...typeColumns(input, now), position: 100 })
        .returningAll()
        .executeTakeFirstOrThrow();
  return row ? gestureTypeRowToGestureType(row) : undefined;
}

function limitRowToLimit(row: AmendLimitRow): AuthorityLimit {
  return {
    role: row.role,
    gestureTypeId: row.gesture_type_id,
    currency: row.currency ?? undefined,
    perGestureMinor: minor(row.per_gesture_minor),
    perCaseMinor: minor(row.per_case_minor),
    perAgentMonthMinor: minor(row.per_agent_month_minor),
  };
}

export async function listAuthorityLimits(db: Executor): Promise<AuthorityLimit[]> {
  const rows = await db
    .selectFrom('amend_limits')
    .selectAll()
    .orderBy('gesture_type_id')
    .orderBy('role')
    .orderBy('currency')
    .execute();
  return rows.map(limitRowToLimit);
}

/** The role's limits for these gesture types, every currency: the approval queue's, in one statement. */
export async function listRoleAuthorityLimits(
  db: Executor,
  role: Role,
  gestureTypeIds: readonly string[],
): Promise<AuthorityLimit[]> {
  if (gestureTypeIds.length === 0) return [];
  const rows = await db
    .selectFrom('amend_limits')
    .selectAll()
    .where('role', '=', role)
    .where('gesture_type_id', 'in', [...gestureTypeIds])
    .execute();
  return rows.map(limitRowToLimit);
}

/** The one limit for this role, gesture and currency (none for a gesture without money). */
export async function findAuthorityLimit(
  db: Executor,
  role: Role,
  gestureTypeId: string,
  currency: string | undefined,
): Promise<AuthorityLimit | undefined> {
  let query = db
    .selectFrom('amend_limits')
    .selectAll()
    .where('role', '=', role)
    .where('gesture_type_id', '=', gestureTypeId);
  query = currency ? query.where('currency', '=', currency) : query.where('currency', 'is', null);
  const row = await query.executeTakeFirst();
  return row ? limitRowToLimit(row) : undefined;
}

/** Replaces every limit at once: the admin's table is saved as a whole. */
export async function replaceAuthorityLimits(
  db: Executor,
  limits: readonly AuthorityLimit[],
  now: Date,
): Promise<void> {
  await db.deleteFrom('amend_limits').execute();
  if (limits.length === 0) return;
  await db
    .insertInto('amend_limits')
    .values(
      limits.map((limit) => ({
        role: limit.role,
        gesture_type_id: limit.gestureTypeId,
        currency: limit.currency ?? null,
        per_gesture_minor: limit.perGestureMinor ?? null,
        per_case_minor: limit.perCaseMinor ?? null,
        per_agent_month_minor: limit.perAgentMonthMinor ?? null,
        updated_at: now,
      })),
    )
    .execute();
}

export async function listTeamBudgets(db: Executor): Promise<TeamBudget[]> {
  const rows = await db
    .selectFrom('amend_team_budgets')
    .selectAll()
    .orderBy('team_id')
    .orderBy('currency')
    .execute();
  return rows.map((row) => ({
    teamId: row.team_id,
    currency: row.currency,
    monthlyMinor: Number(row.monthly_minor),
  }));
}

export async function findTeamBudget(
  db: Executor,
  teamId: string,
  currency: string,
): Promise<TeamBudget | undefined> {
  const row = await db
    .selectFrom('amend_team_budgets')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('currency', '=', currency)
    .executeTakeFirst();
  return row
    ? { teamId: row.team_id, currency: row.currency, monthlyMinor: Number(row.monthly_minor) }
    : undefined;
}

export async function replaceTeamBudgets(
  db: Executor,
  budgets: readonly TeamBudget[],
  now: Date,
): Promise<void> {
  await db.deleteFrom('amend_team_budgets').execute();
  if (budgets.length === 0) return;
  await db
    .insertInto('amend_team_budgets')
    .values(
      budgets.map((budget) => ({
        team_id: budget.teamId,
        currency: budget.currency,
        monthly_minor: budget.monthlyMinor,
        updated_at: now,
      })),
    )
    .execute();
}
