import { z } from 'zod';
import { createPasswordResetLink } from '../../../app/users/create-password-reset-link.ts';
import { authOf } from '../../plugins/auth.ts';
import { idParams, type Route } from '../../route.ts';

export const createPasswordResetLinkRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/users/:id/password-reset-link', {
    config: { access: 'admin' },
    schema: {
      summary:
        'Make a link with which a person chooses a new password (admins); shown only in this response, works once, expires in a day',
      tags: ['users'],
      params: idParams,
      response: { 201: z.object({ link: z.string(), expiresAt: z.iso.datetime() }) },
    },
    handler: async (request, reply) => {
      const { link, expiresAt } = await createPasswordResetLink(
        ctx,
        authOf(request).actor,
        request.params.id,
      );
      return reply.code(201).send({ link, expiresAt: expiresAt.toISOString() });
    },
  });
};
