import { sql } from 'kysely';
import type { Role } from '../core/team/role.ts';
import type { User } from '../core/team/user.ts';
import type { Executor } from './db.ts';
import type { UserRow } from './schema.ts';

export function userRowToUser(row: UserRow, teamIds: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    available: row.available,
    teamIds,
    createdAt: row.created_at,
  };
}

async function withTeams(db: Executor, rows: UserRow[]): Promise<User[]> {
  if (rows.length === 0) return [];
  const memberships = await db
    .selectFrom('team_members')
    .select(['user_id', 'team_id'])
    .where(
      'user_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((row) =>
    userRowToUser(
      row,
      memberships.filter((m) => m.user_id === row.id).map((m) => m.team_id),
    ),
  );
}

export async function findUserById(db: Executor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? (await withTeams(db, [row]))[0] : undefined;
}

/**
 * A person, their row locked (FOR UPDATE) until the transaction ends: what changes who they are
 * (deactivation) and what gives them work or links (a hand-off, a reset mail) take turns.
 */
export async function lockUserById(db: Executor, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? (await withTeams(db, [row]))[0] : undefined;
}

/** The user and their password hash, for login only. */
export async function findUserCredentials(
  db: Executor,
  email: string,
): Promise<{ user: User; passwordHash: string | null } | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where(sql<string>`lower(email)`, '=', email.toLowerCase())
    .executeTakeFirst();
  if (!row) return undefined;
  const [user] = await withTeams(db, [row]);
  return user ? { user, passwordHash: row.password_hash } : undefined;
}

/** A person's password hash, locked (FOR UPDATE) so two changes of it cannot cross; null when they have none. */
export async function lockUserPasswordHash(db: Executor, id: string): Promise<string | null | undefined> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row ? row.password_hash : undefined;
}

export async function listUsers(db: Executor): Promise<User[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('id').execute();
  return withTeams(db, rows);
}

export async function countUsers(db: Executor): Promise<number> {
  const { count } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function isEmailTaken(db: Executor, email: string, exceptUserId?: string): Promise<boolean> {
  let query = db.selectFrom('users').select('id').where(sql<string>`lower(email)`, '=', email.toLowerCase());
  if (exceptUserId) query = query.where('id', '!=', exceptUserId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function insertUser(
  db: Executor,
  user: { email: string; name: string; role: Role; passwordHash: string | null },
): Promise<string> {
  const { id } = await db
    .insertInto('users')
    .values({
      email: user.email,
      name: user.name,
      role: user.role,
      password_hash: user.passwordHash,
      last_assigned_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Executor,
  id: string,
  changes: { name?: string; role?: Role; active?: boolean; available?: boolean; passwordHash?: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.active !== undefined && { active: changes.active }),
      ...(changes.available !== undefined && { available: changes.available }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

export async function setUserTeams(db: Executor, userId: string, teamIds: string[]): Promise<void> {
  await db.deleteFrom('team_members').where('user_id', '=', userId).execute();
  if (teamIds.length > 0) {
    await db
      .insertInto('team_members')
      .values(teamIds.map((teamId) => ({ team_id: teamId, user_id: userId })))
      .execute();
  }
}

export async function markAssigned(db: Executor, userId: string, at: Date): Promise<void> {
  await db.updateTable('users').set({ last_assigned_at: at }).where('id', '=', userId).execute();
}
