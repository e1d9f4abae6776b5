import { z } from 'zod';
import {
  TEMPLATE_KINDS,
  TEMPLATE_VARIABLE_NAMES,
  TEMPLATE_VARIABLES,
  type TemplateInForce,
} from '../../core/message-template/message-template.ts';

export const messageTemplateSchema = z
  .object({
    kind: z.enum(TEMPLATE_KINDS),
    /** `en`, `fr`, `pt-br`. */
    language: z.string(),
    subject: z.string(),
    body: z.string(),
    /** The business's own version; false: the default (or, in another language, the English one). */
    customized: z.boolean(),
  })
  .meta({ id: 'MessageTemplate' });

export const templateVariableSchema = z
  .object({
    /** As written in a template: `{{customer.firstName}}` is `customer.firstName`. */
    name: z.string(),
    description: z.string(),
    /** What the preview fills it with. */
    example: z.string(),
  })
  .meta({ id: 'TemplateVariable' });

export function presentMessageTemplate(template: TemplateInForce): z.infer<typeof messageTemplateSchema> {
  return {
    kind: template.kind,
    language: template.language,
    subject: template.subject,
    body: template.body,
    customized: template.customized,
  };
}

export function presentTemplateVariables(): z.infer<typeof templateVariableSchema>[] {
  return TEMPLATE_VARIABLE_NAMES.map((name) => ({ name, ...TEMPLATE_VARIABLES[name] }));
}
