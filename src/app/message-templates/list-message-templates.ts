import { type TemplateInForce, templatesInForce } from '../../core/message-template/message-template.ts';
import type { Actor } from '../../core/team/user.ts';
import { listSavedTemplates } from '../../store/message-template.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';

/**
 * The templates in force (admins): every kind in English and in each language an admin wrote for,
 * each marked as the business's own or the default.
 */
export async function listMessageTemplates(ctx: AppContext, actor: Actor): Promise<TemplateInForce[]> {
  assertRole(actor, 'admin');
  return templatesInForce(await listSavedTemplates(ctx.db));
}
