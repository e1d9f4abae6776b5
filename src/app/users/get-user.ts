import { AppError } from '../../core/shared/app-error.ts';
import type { User } from '../../core/team/user.ts';
import { findUserById } from '../../store/user.store.ts';
import type { AppContext } from '../context.ts';

export async function getUser(ctx: AppContext, userId: string): Promise<User> {
  const user = await findUserById(ctx.db, userId);
  if (!user) throw new AppError('NOT_FOUND', 'No user has that id.');
  return user;
}
