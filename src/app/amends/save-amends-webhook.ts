import { amendsWebhookProblem } from '../../core/amends/amends-webhook.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { saveSetting } from '../../store/setting.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { AMENDS_WEBHOOK_SETTING, findAmendsWebhook } from './amends-webhook-setting.ts';

/**
 * An admin points issuing at the business's system (URL + shared secret), keeps the secret while
 * changing the URL (secret absent), or clears both (url null): gestures are then issued by hand.
 */
export async function saveAmendsWebhook(
  ctx: AppContext,
  actor: Actor,
  input: { url: string | null; secret: string | undefined },
): Promise<{ url: string; secretSet: true } | undefined> {
  assertRole(actor, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    let saved: { url: string; secret: string } | null = null;
    if (input.url !== null) {
      const secret = input.secret ?? (await findAmendsWebhook(trx))?.secret;
      if (!secret)
        throw new AppError('VALIDATION_FAILED', 'secret: a new webhook needs a shared secret.', {
          field: 'secret',
        });
      const webhook = { url: input.url.trim(), secret };
      const problem = amendsWebhookProblem(webhook);
      if (problem) throw new AppError('VALIDATION_FAILED', problem.reason, { field: problem.field });
      saved = webhook;
    }
    await saveSetting(trx, AMENDS_WEBHOOK_SETTING, saved ?? {}, ctx.now());
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'amends.webhook_saved',
      subjectType: 'amends',
      subjectId: 'webhook',
      details: { url: saved?.url ?? null, secretChanged: input.secret !== undefined },
    });
    return saved ? { url: saved.url, secretSet: true } : undefined;
  });
}
