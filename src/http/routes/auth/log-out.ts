import { logOut } from '../../../app/auth/log-out.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

export const logOutRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/auth/logout', {
    schema: { summary: 'End the current session', tags: ['auth'] },
    handler: async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(ctx, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send();
    },
  });
};
