import { z } from 'zod';
import { mailPasswordResetLink } from '../../../app/users/mail-password-reset-link.ts';
import { authOf } from '../../plugins/auth.ts';
import { outboundEmailSchema, presentOutboundEmail } from '../../presenters/outbound-email.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const mailPasswordResetLinkRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/users/:id/password-reset-email', {
    config: { access: 'admin' },
    schema: {
      summary:
        'Mail a person a link with which they choose a new password (admins); works once, expires in a day',
      description:
        'Like POST /api/v1/users/{id}/password-reset-link, but the link goes to the person by mail, through the outbox, and nobody else sees it: its secret is made when the mail is sent, and the outbox keeps a copy without it. It replaces any earlier unused link of theirs. Without an SMTP server (SMTP_URL) the mail is not sent: the outbox says so.',
      tags: ['users'],
      params: idParams,
      response: {
        202: z.object({
          /** The mail, queued: follow it in the outbox. */
          email: outboundEmailSchema,
          expiresAt: z.iso.datetime(),
        }),
      },
    },
    handler: async (request, reply) => {
      const { email, expiresAt } = await mailPasswordResetLink(ctx, authOf(request).actor, request.params.id);
      return reply.code(202).send({ email: presentOutboundEmail(email), expiresAt: expiresAt.toISOString() });
    },
  });
};
