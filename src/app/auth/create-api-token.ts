import type { ApiToken } from '../../core/team/api-token.ts';
import type { Actor } from '../../core/team/user.ts';
import { insertApiToken } from '../../store/api-token.store.ts';
import { recordAudit } from '../../store/audit.store.ts';
import type { AppContext } from '../context.ts';
import { hashSecret, newSecret } from './secrets.ts';

/** Tokens start with this, so secret scanners and people can recognise a leaked one. */
const TOKEN_PREFIX = 'amd_';

/** Creates a token for the actor. The returned `secret` is the only time it is ever shown. */
export async function createApiToken(
  ctx: AppContext,
  actor: Actor,
  input: { name: string },
): Promise<{ token: ApiToken; secret: string }> {
  const secret = newSecret(TOKEN_PREFIX);
  return ctx.db.transaction().execute(async (trx) => {
    const token = await insertApiToken(trx, {
      userId: actor.userId,
      name: input.name.trim(),
      tokenHash: hashSecret(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: token.id,
      details: { name: token.name },
    });
    return { token, secret };
  });
}
