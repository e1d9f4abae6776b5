import { z } from 'zod';
import { newSecret } from '../../app/auth/secrets.ts';
import type { AppContext } from '../../app/context.ts';
import { createTeam } from '../../app/teams/create-team.ts';
import { listTeams } from '../../app/teams/list-teams.ts';
import { createUser } from '../../app/users/create-user.ts';
import { listUsers } from '../../app/users/list-users.ts';
import { loadEnv } from '../../config/env.ts';
import { AppError } from '../../core/shared/app-error.ts';
import { ROLES, type Role } from '../../core/team/role.ts';
import { normalizeEmail } from '../../core/team/user.ts';
import { assertPasswordArg, type Command, parseCommandArgs, UsageError } from '../command.ts';
import { ensureAdminLikeFirstStart } from '../first-admin.ts';
import { withDatabase } from '../with-database.ts';

export const createUserCommand: Command = {
  name: 'create-user',
  usage: `create-user --email E --name N --role ${ROLES.join('|')} [--password P] [--team NAME]…`,
  summary: 'Add a person; prints a generated password unless you give one. --team creates missing teams.',
  async run(args) {
    const { values } = parseCommandArgs(createUserCommand, {
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        team: { type: 'string', multiple: true },
      },
    });
    const input = checkArgs(values);
    const generated = input.password === undefined;
    const password = input.password ?? newSecret().slice(0, 20);

    const env = loadEnv();
    await withDatabase(env, console.error, async ({ ctx }) => {
      // Refuse a taken email before creating any team, so a failed command changes nothing.
      const email = normalizeEmail(input.email);
      if ((await listUsers(ctx)).some((user) => user.email === email))
        throw new AppError(
          'CONFLICT',
          `Someone already uses ${email}. To give them a new password: npm run amends -- reset-password ${email}`,
        );
      // A first user who is not an admin would leave the install with nobody to run it.
      if (input.role !== 'admin') await ensureAdminLikeFirstStart(ctx, env);
      const teams = await resolveTeams(ctx, input.teams);
      const user = await createUser(ctx, undefined, {
        email,
        name: input.name,
        role: input.role,
        password,
        teamIds: teams.map((team) => team.id),
      });
      const teamNote =
        teams.length > 0
          ? ` in ${teams.map((t) => t.name + (t.created ? ' (new team)' : '')).join(', ')}`
          : '';
      console.log(`Created ${user.name} <${user.email}>, ${user.role}${teamNote}.`);
      if (generated) {
        console.log(`Password: ${password}`);
        console.log('It was generated and is shown only now: pass it on privately.');
      }
      console.log('They can sign in to the console now (npm start prints its address).');
    });
  },
};

type CreateUserArgs = {
  email: string;
  name: string;
  role: Role;
  password: string | undefined;
  teams: string[];
};

function checkArgs(values: {
  email?: string | undefined;
  name?: string | undefined;
  role?: string | undefined;
  password?: string | undefined;
  team?: string[] | undefined;
}): CreateUserArgs {
  const missing = (['email', 'name', 'role'] as const).filter((key) => !values[key]?.trim());
  if (missing.length > 0)
    throw new UsageError(`Missing ${missing.map((key) => `--${key}`).join(', ')}.`, createUserCommand.usage);
  const email = values.email?.trim() ?? '';
  if (!z.email().safeParse(email).success)
    throw new UsageError(`--email ${email} is not an email address.`, createUserCommand.usage);
  const role = ROLES.find((r) => r === values.role);
  if (!role)
    throw new UsageError(
      `--role must be one of ${ROLES.join(', ')} (not ${values.role}).`,
      createUserCommand.usage,
    );
  const name = values.name?.trim() ?? '';
  if (name.length > 200)
    throw new UsageError('--name is longer than 200 characters.', createUserCommand.usage);
  assertPasswordArg(values.password, createUserCommand);
  const named = (values.team ?? []).map((t) => t.trim());
  if (named.some((team) => team.length === 0))
    throw new UsageError('--team needs a name.', createUserCommand.usage);
  const teams = named.filter(
    (team, i) => named.findIndex((t) => t.toLowerCase() === team.toLowerCase()) === i,
  );
  return { email, name, role, password: values.password, teams };
}

/** Teams by name (case-insensitive), creating those that do not exist yet. */
async function resolveTeams(
  ctx: AppContext,
  names: string[],
): Promise<{ id: string; name: string; created: boolean }[]> {
  const existing = await listTeams(ctx);
  const resolved = [];
  for (const name of names) {
    const found = existing.find((team) => team.name.toLowerCase() === name.toLowerCase());
    if (found) resolved.push({ id: found.id, name: found.name, created: false });
    else {
      const team = await createTeam(ctx, undefined, { name });
      resolved.push({ id: team.id, name: team.name, created: true });
    }
  }
  return resolved;
}
