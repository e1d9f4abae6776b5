import { z } from 'zod';
import { createUser } from '../../../app/users/create-user.ts';
import { ROLES } from '../../../core/team/role.ts';
import { MIN_PASSWORD_LENGTH } from '../../../core/team/user.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import { type Route, text } from '../../route.ts';

const body = z.strictObject({
  email: z.email().max(320),
  name: text(200),
  role: z.enum(ROLES),
  /**
   * At least 12 characters; stored only as an argon2id hash. Leave it out and the person cannot sign
   * in until they choose one through a reset link (POST /api/v1/users/{id}/password-reset-link).
   */
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1000).optional(),
  teamIds: z.array(z.uuid()).max(50).optional(),
});

export const createUserRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/users', {
    config: { access: 'admin', idempotent: true, problems: [404, 409] },
    schema: {
      summary: 'Add a person (admins)',
      tags: ['users'],
      body,
      response: { 201: z.object({ user: userSchema }) },
    },
    handler: async (request, reply) => {
      const user = await createUser(ctx, authOf(request).actor, request.body);
      return reply.code(201).send({ user: presentUser(user) });
    },
  });
};
