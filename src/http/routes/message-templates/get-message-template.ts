import { getMessageTemplate } from '../../../app/message-templates/get-message-template.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  messageTemplateSchema,
  presentMessageTemplate,
} from '../../presenters/message-template.presenter.ts';
import type { Route } from '../../route.ts';
import { templateParams } from './template-params.ts';

export const getMessageTemplateRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/message-templates/:kind/:language', {
    config: { access: 'admin' },
    schema: {
      summary: 'One template as customers speaking that language get it (admins)',
      tags: ['message-templates'],
      params: templateParams,
      response: { 200: messageTemplateSchema },
    },
    handler: async (request) =>
      presentMessageTemplate(
        await getMessageTemplate(ctx, authOf(request).actor, request.params.kind, request.params.language),
      ),
  });
};
