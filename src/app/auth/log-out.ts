import { deleteSession } from '../../store/session.store.ts';
import type { AppContext } from '../context.ts';
import { hashSecret } from './secrets.ts';

export async function logOut(ctx: AppContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashSecret(sessionToken));
}
