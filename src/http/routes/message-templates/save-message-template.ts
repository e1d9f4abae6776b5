import { z } from 'zod';
import { saveMessageTemplate } from '../../../app/message-templates/save-message-template.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  messageTemplateSchema,
  presentMessageTemplate,
} from '../../presenters/message-template.presenter.ts';
import type { Route } from '../../route.ts';
import { templateParams } from './template-params.ts';

// Lengths here only bound the body; the rules and their sentences are core/message-template#templateProblems.
const body = z.strictObject({
  /** The mail's subject, one line, up to 150 characters; {{variables}} allowed. The case number is added. */
  subject: z.string().max(1000),
  /** The text the composer starts from, up to 20,000 characters; {{variables}} allowed. */
  body: z.string().max(40_000),
});

export const saveMessageTemplateRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/message-templates/:kind/:language', {
    config: { access: 'admin' },
    schema: {
      summary: 'Write the business’s own template for a kind and language (admins)',
      description:
        'Refused with 400 when a variable is unknown (the problem names it beside its field), the subject has a line break, or either is empty or too long.',
      tags: ['message-templates'],
      params: templateParams,
      body,
      response: { 200: messageTemplateSchema },
    },
    handler: async (request) =>
      presentMessageTemplate(
        await saveMessageTemplate(ctx, authOf(request).actor, { ...request.params, ...request.body }),
      ),
  });
};
