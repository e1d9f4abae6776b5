import type { User } from '../../core/team/user.ts';
import { listUsers as listAllUsers } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

/** Everyone, by name: agents need the list to hand a case to a colleague. */
export function listUsers(ctx: AppContext): Promise<User[]> {
  return listAllUsers(ctx.db);
}
