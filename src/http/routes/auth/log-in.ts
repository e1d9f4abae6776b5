import { z } from 'zod';
import { logIn } from '../../../app/auth/log-in.ts';
import { SESSION_COOKIE } from '../../plugins/auth.ts';
import { assertCsrfToken, assertSameOrigin } from '../../plugins/csrf.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import type { Route } from '../../route.ts';

const body = z.strictObject({
  /** The email the account was created with. */
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const logInRoute: Route = (api, { ctx, secureCookies }) => {
  api.post('/api/v1/auth/login', {
    config: { access: 'public', rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      summary: 'Sign in with email and password; sets the session cookie',
      tags: ['auth'],
      body,
      response: { 200: z.object({ user: userSchema }) },
    },
    handler: async (request, reply) => {
      assertCsrfToken(request);
      // A foreign page signing a browser in to an account of its choosing is a CSRF attack too.
      assertSameOrigin(request, ctx.publicUrl);
      const { user, sessionToken, expiresAt } = await logIn(ctx, request.body);
      reply.setCookie(SESSION_COOKIE, sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https' || secureCookies,
        expires: expiresAt,
      });
      return { user: presentUser(user) };
    },
  });
};
