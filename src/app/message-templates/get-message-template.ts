import {
  DEFAULT_LANGUAGE,
  pickTemplate,
  type TemplateInForce,
  type TemplateKind,
} from '../../core/message-template/message-template.ts';
import type { Actor } from '../../core/team/user.ts';
import type { Executor } from '../../store/db.ts';
import { findSavedTemplate } from '../../store/message-template.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/**
 * One kind in one language as customers speaking it get it (admins): the business's own version, or
 * what they fall back to (marked `customized: false`, with the language asked for).
 */
export async function getMessageTemplate(
  ctx: AppContext,
  actor: Actor,
  kind: TemplateKind,
  language: string,
): Promise<TemplateInForce> {
  assertRole(actor, 'admin');
  return templateInForce(ctx.db, kind, language);
}

export async function templateInForce(
  db: Executor,
  kind: TemplateKind,
  language: string,
): Promise<TemplateInForce> {
  const saved = await findSavedTemplate(db, kind, language);
  if (saved) return { ...saved, customized: true };
  const english =
    language === DEFAULT_LANGUAGE ? undefined : await findSavedTemplate(db, kind, DEFAULT_LANGUAGE);
  return { ...pickTemplate(kind, undefined, english ? [english] : []), language, customized: false };
}
