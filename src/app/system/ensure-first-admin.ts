import { countUsers } from '../../store/user.store.ts';
import { hashPassword, newSecret } from '../auth/secrets.ts';
import type { AppContext } from '../context.ts';
import { insertUserWithTeams } from '../users/create-user.ts';

export type FirstAdmin = { email: string; password: string; generated: boolean };

/**
 * On the very first start (no users at all) creates the admin. With no password configured it
 * generates one and returns it, to be printed once. Returns undefined when users already exist.
 */
export async function ensureFirstAdmin(
  ctx: AppContext,
  config: { email: string; password: string | undefined },
): Promise<FirstAdmin | undefined> {
  if ((await countUsers(ctx.db)) > 0) return undefined;
  const password = config.password ?? newSecret().slice(0, 20);
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute(async (trx) => {
    // Re-check inside the transaction under a lock: two instances starting together make one admin.
    await trx.selectFrom('users').select('id').forUpdate().execute();
    if ((await countUsers(trx)) > 0) return undefined;
    await insertUserWithTeams(trx, undefined, {
      email: config.email,
      name: 'Administrator',
      role: 'admin',
      passwordHash,
    });
    return { email: config.email, password, generated: config.password === undefined };
  });
}
