import { z } from 'zod';
import { listUsers } from '../../../app/users/list-users.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import type { Route } from '../../route.ts';

export const listUsersRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/users', {
    schema: {
      summary: 'Everyone, by name',
      tags: ['users'],
      response: { 200: z.object({ users: z.array(userSchema) }) },
    },
    handler: async () => ({ users: (await listUsers(ctx)).map(presentUser) }),
  });
};
