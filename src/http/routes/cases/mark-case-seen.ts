import { markCaseSeen } from '../../../app/cases/mark-case-seen.ts';
import { authOf } from '../../plugins/auth.ts';
import { idParams, type Route } from '../../route.ts';

export const markCaseSeenRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/seen', {
    schema: {
      summary:
        "The caller has seen this case: if they own it, its “New case for you” alert goes away (anyone else's call changes nothing)",
      tags: ['cases'],
      params: idParams,
    },
    handler: async (request, reply) => {
      await markCaseSeen(ctx, authOf(request).actor, request.params.id);
      return reply.code(204).send();
    },
  });
};
