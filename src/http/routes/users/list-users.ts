import { z } from 'zod';
import { listUsers as listUsersUseCase } from '../../../app/users/list-users.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import type { Route } from '../../route.ts';

export const listUsers: Route = (api, { ctx }) => {
  api.get('/api/v1/users', {
    schema: {
      summary: 'Everyone, by name',
      tags: ['users'],
      response: { 200: z.object({ users: z.array(userSchema) }) },
    },
    handler: async () => ({ users: (await listUsersUseCase(ctx)).map(presentUser) }),
  });
};
