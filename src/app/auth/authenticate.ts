import type { Actor, User } from '../../core/team/user.ts';
import { recordApiTokenUse } from '../../store/api-token.store.ts';
import { findSessionUserId } from '../../store/session.store.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';
import { hashSecret } from './secrets.ts';

export type Authenticated = { actor: Actor; user: User };

/** The person behind a session cookie, or undefined (unknown, expired, or deactivated since). */
export async function authenticateSession(
  ctx: AppContext,
  sessionToken: string,
): Promise<Authenticated | undefined> {
  const userId = await findSessionUserId(ctx.db, hashSecret(sessionToken), ctx.now());
  return userId ? activeUser(ctx, userId, 'session') : undefined;
}

/** The user behind an API token, or undefined (unknown or revoked). */
export async function authenticateApiToken(
  ctx: AppContext,
  token: string,
): Promise<Authenticated | undefined> {
  const userId = await recordApiTokenUse(ctx.db, hashSecret(token), ctx.now());
  return userId ? activeUser(ctx, userId, 'token') : undefined;
}

async function activeUser(
  ctx: AppContext,
  userId: string,
  via: Actor['via'],
): Promise<Authenticated | undefined> {
  const user = await findUserById(ctx.db, userId);
  if (!user?.active) return undefined;
  return { user, actor: { userId: user.id, role: user.role, via } };
}
