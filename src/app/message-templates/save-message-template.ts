import {
  type TemplateInForce,
  type TemplateKind,
  templateProblems,
} from '../../core/message-template/message-template.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { saveTemplate } from '../../store/message-template.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { templateInForce } from './get-message-template.ts';

/**
 * Saves the business's version of one kind in one language (admins). Refused, changing nothing, when
 * it breaks a rule of core/message-template#templateProblems — an unknown variable is named — with
 * each problem beside its field.
 */
export async function saveMessageTemplate(
  ctx: AppContext,
  actor: Actor,
  template: { kind: TemplateKind; language: string; subject: string; body: string },
): Promise<TemplateInForce> {
  assertRole(actor, 'admin');
  const problems = templateProblems(template);
  if (problems.length > 0)
    throw new AppError('VALIDATION_FAILED', problems.map((p) => p.message).join(' '), { errors: problems });
  const next = { ...template, subject: template.subject.trim(), body: template.body.trim() };
  return ctx.db.transaction().execute(async (trx) => {
    const before = await templateInForce(trx, next.kind, next.language);
    await saveTemplate(trx, next, { by: actor.userId, now: ctx.now() });
    await recordAudit(trx, {
      actorUserId: actor.userId,
      action: 'message_template.updated',
      subjectType: 'message_template',
      subjectId: `${next.kind}:${next.language}`,
      details: {
        before: { subject: before.subject, body: before.body, customized: before.customized },
        after: { subject: next.subject, body: next.body },
      },
    });
    return { ...next, customized: true };
  });
}
