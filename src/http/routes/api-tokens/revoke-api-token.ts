import { revokeApiToken } from '../../../app/auth/revoke-api-token.ts';
import { authOf } from '../../plugins/auth.ts';
import { idParams, type Route } from '../../route.ts';

export const revokeApiTokenRoute: Route = (api, { ctx }) => {
  api.delete('/api/v1/api-tokens/:id', {
    schema: { summary: 'Revoke one of your API tokens', tags: ['api-tokens'], params: idParams },
    handler: async (request, reply) => {
      await revokeApiToken(ctx, authOf(request).actor, request.params.id);
      return reply.code(204).send();
    },
  });
};
