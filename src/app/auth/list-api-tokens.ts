import type { ApiToken } from '../../core/team/api-token.ts';
import type { Actor } from '../../core/team/user.ts';
import { listApiTokens as listTokensOf } from '../../store/api-token.store.ts';
import type { AppContext } from '../context.ts';

/** The actor's own tokens, newest first, without their secrets (which are never stored). */
export function listApiTokens(ctx: AppContext, actor: Actor): Promise<ApiToken[]> {
  return listTokensOf(ctx.db, actor.userId);
}
