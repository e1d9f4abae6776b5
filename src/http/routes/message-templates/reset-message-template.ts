import { resetMessageTemplate } from '../../../app/message-templates/reset-message-template.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  messageTemplateSchema,
  presentMessageTemplate,
} from '../../presenters/message-template.presenter.ts';
import type { Route } from '../../route.ts';
import { templateParams } from './template-params.ts';

export const resetMessageTemplateRoute: Route = (api, { ctx }) => {
  api.delete('/api/v1/message-templates/:kind/:language', {
    config: { access: 'admin' },
    schema: {
      summary: 'Go back to the default template (English) or to the English one (another language) (admins)',
      tags: ['message-templates'],
      params: templateParams,
      response: { 200: messageTemplateSchema },
    },
    handler: async (request) =>
      presentMessageTemplate(
        await resetMessageTemplate(ctx, authOf(request).actor, request.params.kind, request.params.language),
      ),
  });
};
