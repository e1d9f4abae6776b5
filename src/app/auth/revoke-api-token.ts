import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { revokeApiToken as revokeTokenOf } from '../../store/api-token.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { AppContext } from '../context.ts';

export async function revokeApiToken(ctx: AppContext, actor: Actor, tokenId: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const revoked = await revokeTokenOf(trx, tokenId, actor.userId, ctx.now());
    if (!revoked) throw new AppError('NOT_FOUND', 'No live API token of yours has that id.');
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
  });
}
