import { z } from 'zod';
import { listMessageTemplates } from '../../../app/message-templates/list-message-templates.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  messageTemplateSchema,
  presentMessageTemplate,
  presentTemplateVariables,
  templateVariableSchema,
} from '../../presenters/message-template.presenter.ts';
import type { Route } from '../../route.ts';

export const listMessageTemplatesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/message-templates', {
    config: { access: 'admin' },
    schema: {
      summary: 'The message templates in force, every kind in English and each language written for (admins)',
      tags: ['message-templates'],
      response: {
        200: z.object({
          templates: z.array(messageTemplateSchema),
          /** What a template may say in {{…}}. */
          variables: z.array(templateVariableSchema),
        }),
      },
    },
    handler: async (request) => ({
      templates: (await listMessageTemplates(ctx, authOf(request).actor)).map(presentMessageTemplate),
      variables: presentTemplateVariables(),
    }),
  });
};
