import type { MessageTemplate, TemplateKind } from '../core/message-template/message-template.ts';
import type { Executor } from './db.ts';
import type { MessageTemplateRow } from './schema.ts';

export function messageTemplateRowToTemplate(row: MessageTemplateRow): MessageTemplate {
  return { kind: row.kind, language: row.language, subject: row.subject, body: row.body };
}

/** Every template an admin saved (the defaults are not rows). */
export async function listSavedTemplates(db: Executor): Promise<MessageTemplate[]> {
  const rows = await db
    .selectFrom('message_templates')
    .selectAll()
    .orderBy('language')
    .orderBy('kind')
    .execute();
  return rows.map(messageTemplateRowToTemplate);
}

/** The saved templates of one kind in any of these languages (a customer's candidates). */
export async function listSavedTemplatesOf(
  db: Executor,
  kind: TemplateKind,
  languages: readonly string[],
): Promise<MessageTemplate[]> {
  if (languages.length === 0) return [];
  const rows = await db
    .selectFrom('message_templates')
    .selectAll()
    .where('kind', '=', kind)
    .where('language', 'in', languages)
    .execute();
  return rows.map(messageTemplateRowToTemplate);
}

export async function findSavedTemplate(
  db: Executor,
  kind: TemplateKind,
  language: string,
): Promise<MessageTemplate | undefined> {
  const row = await db
    .selectFrom('message_templates')
    .selectAll()
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return row ? messageTemplateRowToTemplate(row) : undefined;
}

export async function saveTemplate(
  db: Executor,
  template: MessageTemplate,
  change: { by: string | undefined; now: Date },
): Promise<void> {
  const values = {
    subject: template.subject,
    body: template.body,
    updated_by: change.by ?? null,
    updated_at: change.now,
  };
  await db
    .insertInto('message_templates')
    .values({ kind: template.kind, language: template.language, ...values })
    .onConflict((oc) => oc.columns(['kind', 'language']).doUpdateSet(values))
    .execute();
}

/** Removes an admin's version; returns whether there was one. */
export async function deleteSavedTemplate(
  db: Executor,
  kind: TemplateKind,
  language: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('message_templates')
    .where('kind', '=', kind)
    .where('language', '=', language)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
