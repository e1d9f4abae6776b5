import type { TemplateInForce, TemplateKind } from '../../core/message-template/message-template.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { deleteSavedTemplate, findSavedTemplate } from '../../store/message-template.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { templateInForce } from './get-message-template.ts';

/**
 * Forgets the business's version of one kind in one language (admins): English goes back to the
 * default, another language to the English one. Returns what is in force now; resetting a template
 * that was never changed changes nothing and writes no audit entry.
 */
export async function resetMessageTemplate(
  ctx: AppContext,
  actor: Actor,
  kind: TemplateKind,
  language: string,
): Promise<TemplateInForce> {
  assertRole(actor, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findSavedTemplate(trx, kind, language);
    if (before && (await deleteSavedTemplate(trx, kind, language)))
      await recordAudit(trx, {
        actorUserId: actor.userId,
        action: 'message_template.reset',
        subjectType: 'message_template',
        subjectId: `${kind}:${language}`,
        details: { before: { subject: before.subject, body: before.body } },
      });
    return templateInForce(trx, kind, language);
  });
}
