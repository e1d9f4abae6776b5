import { sql } from 'kysely';
import type { OwnerCandidate } from '../core/case/assignment.ts';
import type { Team } from '../core/team/team.ts';
import type { Executor } from './db.ts';

export async function listTeams(db: Executor): Promise<Team[]> {
  const rows = await db
    .selectFrom('teams')
    .leftJoin('team_members', 'team_members.team_id', 'teams.id')
    .select([
      'teams.id',
      'teams.name',
      'teams.created_at',
      sql<
        string[]
      >`coalesce(array_agg(team_members.user_id) FILTER (WHERE team_members.user_id IS NOT NULL), '{}')`.as(
        'member_ids',
      ),
    ])
    .groupBy('teams.id')
    .orderBy('teams.name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    memberIds: row.member_ids,
    createdAt: row.created_at,
  }));
}

export async function findTeamById(db: Executor, id: string): Promise<Team | undefined> {
  return (await listTeams(db)).find((team) => team.id === id);
}

export async function findTeamByName(db: Executor, name: string): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('teams')
    .select('id')
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function insertTeam(db: Executor, name: string): Promise<string> {
  const { id } = await db.insertInto('teams').values({ name }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function existingTeamIds(db: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('teams').select('id').where('id', 'in', ids).execute();
  return rows.map((r) => r.id);
}

export async function addTeamMember(db: Executor, teamId: string, userId: string): Promise<void> {
  await db
    .insertInto('team_members')
    .values({ team_id: teamId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Owner candidates with their current load. With a team, its members; without one, every active
 * person. Active cases are those open or acknowledged.
 */
export async function listOwnerCandidates(
  db: Executor,
  teamId: string | undefined,
): Promise<OwnerCandidate[]> {
  let query = db
    .selectFrom('users')
    .select([
      'users.id',
      'users.role',
      'users.available',
      'users.last_assigned_at',
      (eb) =>
        eb
          .selectFrom('cases')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('cases.owner_id', '=', 'users.id')
          .where('cases.status', 'in', ['open', 'acknowledged'])
          .as('active_case_count'),
    ])
    .where('users.active', '=', true);
  if (teamId) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('team_members')
          .select('user_id')
          .whereRef('team_members.user_id', '=', 'users.id')
          .where('team_members.team_id', '=', teamId),
      ),
    );
  }
  const rows = await query.execute();
  return rows.map((row) => ({
    userId: row.id,
    role: row.role,
    available: row.available,
    activeCaseCount: Number(row.active_case_count ?? 0),
    lastAssignedAt: row.last_assigned_at ?? undefined,
  }));
}

/** The active people of a team (who is told when the team is asked for help), by name. */
export async function listActiveTeamMembers(
  db: Executor,
  teamId: string,
): Promise<{ id: string; name: string; email: string }[]> {
  return db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('team_members.team_id', '=', teamId)
    .where('users.active', '=', true)
    .orderBy('users.name')
    .execute();
}
