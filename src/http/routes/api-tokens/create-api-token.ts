import { z } from 'zod';
import { createApiToken } from '../../../app/auth/create-api-token.ts';
import { authOf } from '../../plugins/auth.ts';
import { apiTokenSchema, presentApiToken } from '../../presenters/api-token.presenter.ts';
import { type Route, text } from '../../route.ts';

export const createApiTokenRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/api-tokens', {
    schema: {
      summary: 'Create an API token acting as you; the secret is shown only in this response',
      tags: ['api-tokens'],
      body: z.strictObject({ /** What uses it, e.g. "billing system". */ name: text(100) }),
      response: { 201: z.object({ apiToken: apiTokenSchema, secret: z.string() }) },
    },
    handler: async (request, reply) => {
      const { token, secret } = await createApiToken(ctx, authOf(request).actor, request.body);
      return reply.code(201).send({ apiToken: presentApiToken(token), secret });
    },
  });
};
