import { z } from 'zod';
import { TEMPLATE_KINDS } from '../../../core/message-template/message-template.ts';

/** `/message-templates/acknowledgement/pt-br`: a kind and a language code (any case; `_` or `-`). */
export const templateParams = z.strictObject({
  kind: z.enum(TEMPLATE_KINDS, {
    error: 'The kind in the address must be acknowledgement, update, resolution or free.',
  }),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$/, {
      error: 'The language in the address must be a code like en, fr or pt-br.',
    })
    .transform((code) => code.toLowerCase().replace('_', '-')),
});
