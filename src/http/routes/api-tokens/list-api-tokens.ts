import { z } from 'zod';
import { listApiTokens } from '../../../app/auth/list-api-tokens.ts';
import { authOf } from '../../plugins/auth.ts';
import { apiTokenSchema, presentApiToken } from '../../presenters/api-token.presenter.ts';
import type { Route } from '../../route.ts';

export const listApiTokensRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/api-tokens', {
    schema: {
      summary: 'Your API tokens (never their secrets)',
      tags: ['api-tokens'],
      response: { 200: z.object({ apiTokens: z.array(apiTokenSchema) }) },
    },
    handler: async (request) => ({
      apiTokens: (await listApiTokens(ctx, authOf(request).actor)).map(presentApiToken),
    }),
  });
};
