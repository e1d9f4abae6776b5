import { z } from 'zod';
import { setPasswordFromLink } from '../../../app/auth/set-password-from-link.ts';
import { MIN_PASSWORD_LENGTH } from '../../../core/team/user.ts';
import { assertCsrfToken, assertSameOrigin } from '../../plugins/csrf.ts';
import type { Route } from '../../route.ts';

const body = z.strictObject({
  /** The secret from the reset link (the part after #). */
  token: z.string().min(1).max(200),
  /** At least 12 characters; stored only as an argon2id hash. */
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
});

export const setPasswordFromLinkRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/auth/password-reset', {
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      summary: 'Choose a new password with a reset link an admin made; then sign in with it',
      tags: ['auth'],
      body,
      response: { 204: z.null().describe('The password is set; sign in with it.') },
    },
    handler: async (request, reply) => {
      assertCsrfToken(request);
      // A foreign page choosing a password with a stolen link is refused like a foreign sign-in.
      assertSameOrigin(request, ctx.publicUrl);
      await setPasswordFromLink(ctx, request.body);
      return reply.code(204).send(null);
    },
  });
};
