import { z } from 'zod';
import { getUser } from '../../../app/users/get-user.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getUserRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/users/:id', {
    schema: {
      summary: 'One user',
      tags: ['users'],
      params: idParams,
      response: { 200: z.object({ user: userSchema }) },
    },
    handler: async (request) => ({ user: presentUser(await getUser(ctx, request.params.id)) }),
  });
};
