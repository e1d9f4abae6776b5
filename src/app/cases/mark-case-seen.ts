import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { findCaseById, markCaseSeenByOwner } from '../../store/case.store.ts';
import { publishLive } from '../../store/live.store.ts';
import type { AppContext } from '../context.ts';

/**
 * The owner has seen their case (opened it, or dismissed its "New case for you" alert): the alert
 * goes away on every console they have open, and stays away after a reload. Only the owner's look
 * counts — a supervisor reading the case has not told the owner anything — so anyone else's call
 * changes nothing. Seen twice is seen once.
 */
export async function markCaseSeen(ctx: AppContext, actor: Actor, caseId: string): Promise<void> {
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    const found = await findCaseById(trx, caseId);
    if (!found) throw new AppError('NOT_FOUND', 'No case has that id.');
    if (found.ownerId !== actor.userId) return;
    if (await markCaseSeenByOwner(trx, caseId, actor.userId, now))
      await publishLive(trx, { type: 'case.changed', caseId });
  });
}
