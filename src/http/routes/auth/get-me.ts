import { z } from 'zod';
import { authOf } from '../../plugins/auth.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import type { Route } from '../../route.ts';

export const getMeRoute: Route = (api) => {
  api.get('/api/v1/me', {
    schema: {
      summary: 'The signed-in user',
      tags: ['auth'],
      response: { 200: z.object({ user: userSchema }) },
    },
    handler: async (request) => ({ user: presentUser(authOf(request).user) }),
  });
};
