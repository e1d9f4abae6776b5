import { z } from 'zod';
import { listApiTokens as listApiTokensUseCase } from '../../../app/auth/list-api-tokens.ts';
import { authOf } from '../../plugins/auth.ts';
import { apiTokenSchema, presentApiToken } from '../../presenters/api-token.presenter.ts';
import type { Route } from '../../route.ts';

export const listApiTokens: Route = (api, { ctx }) => {
  api.get('/api/v1/api-tokens', {
    schema: {
      summary: 'Your API tokens (never their secrets)',
      tags: ['api-tokens'],
      response: { 200: z.object({ apiTokens: z.array(apiTokenSchema) }) },
    },
    handler: async (request) => ({
      apiTokens: (await listApiTokensUseCase(ctx, authOf(request).actor)).map(presentApiToken),
    }),
  });
};
