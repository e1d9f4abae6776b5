import { z } from 'zod';
import { requestPasswordReset } from '../../../app/auth/request-password-reset.ts';
import { assertCsrfToken, assertSameOrigin } from '../../plugins/csrf.ts';
import type { Route } from '../../route.ts';

const body = z.strictObject({
  /** The email the person signs in with. */
  email: z.email({ error: 'Enter the email address you sign in with, like name@example.com.' }).max(320),
});

/** The one answer, whether or not the address has an account: it must not tell which. */
const ANSWER =
  'If an active account uses this address, a link to choose a new password is on its way to it. It works once, for a day.';

export const requestPasswordResetRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/auth/forgot-password', {
    config: { access: 'public', rateLimit: { max: 5, timeWindow: '1 minute' } },
    schema: {
      summary: 'Forgot your password? Mails a link to choose a new one, if the address has an active account',
      description:
        'Answers the same whether or not the address belongs to anyone, so it cannot be used to find accounts. An active person with that address gets a link by mail (at most three an hour); it works once, for a day, and their password keeps working until they use it.',
      tags: ['auth'],
      body,
      response: { 202: z.object({ detail: z.string() }) },
    },
    handler: async (request, reply) => {
      assertCsrfToken(request);
      // A foreign page must not make a browser flood someone's inbox with links.
      assertSameOrigin(request, ctx.publicUrl);
      await requestPasswordReset(ctx, request.body);
      return reply.code(202).send({ detail: ANSWER });
    },
  });
};
