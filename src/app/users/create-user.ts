import { AppError } from '../../core/shared/app-error.ts';
import type { Role } from '../../core/team/role.ts';
import { type Actor, normalizeEmail, type User } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { Executor } from '../../store/db.ts';
import { existingTeamIds } from '../../store/team.store.ts';
import { findUserById, insertUser, isEmailTaken, setUserTeams } from '../../store/user.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import { hashPassword } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';

export type NewUser = {
  email: string;
  name: string;
  role: Role;
  /** Without one, the person signs in only after choosing a password through a reset link. */
  password?: string | undefined;
  teamIds?: string[] | undefined;
};

/** Adds a person (admins only). `actor` is undefined for the system itself (first start, CLI). */
export async function createUser(ctx: AppContext, actor: Actor | undefined, input: NewUser): Promise<User> {
  if (actor) assertRole(actor, 'admin');
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return ctx.db.transaction().execute((trx) => insertUserWithTeams(trx, actor, { ...input, passwordHash }));
}

export async function insertUserWithTeams(
  trx: Executor,
  actor: Actor | undefined,
  input: Omit<NewUser, 'password'> & { passwordHash: string | null },
): Promise<User> {
  const email = normalizeEmail(input.email);
  if (await isEmailTaken(trx, email)) {
    throw new AppError('CONFLICT', `Someone already uses ${email}.`, { field: 'email' });
  }
  const teamIds = [...new Set(input.teamIds ?? [])];
  const known = await existingTeamIds(trx, teamIds);
  const unknown = teamIds.filter((id) => !known.includes(id));
  if (unknown.length > 0)
    throw new AppError('NOT_FOUND', `No team has the id ${unknown[0]}.`, { field: 'teamIds' });
  const id = await insertUser(trx, {
    email,
    name: input.name.trim(),
    role: input.role,
    passwordHash: input.passwordHash,
  });
  await setUserTeams(trx, id, teamIds);
  await recordAudit(trx, {
    actorUserId: actor?.userId,
    action: 'user.created',
    subjectType: 'user',
    subjectId: id,
    details: { email, role: input.role },
  });
  const user = await findUserById(trx, id);
  if (!user) throw new Error('user vanished inside its own transaction');
  return user;
}
