import { z } from 'zod';
import { issueCsrfToken } from '../../plugins/csrf.ts';
import type { Route } from '../../route.ts';

export const getCsrfTokenRoute: Route = (api, { secureCookies }) => {
  api.get('/api/v1/auth/csrf', {
    config: { access: 'public' },
    schema: {
      summary: 'A CSRF token for cookie-authenticated state changes',
      description:
        'Send it as the `x-csrf-token` header on POST/PATCH/DELETE made with the session cookie (login included). API-token clients do not need it.',
      tags: ['auth'],
      response: { 200: z.object({ csrfToken: z.string() }) },
    },
    handler: async (request, reply) => ({ csrfToken: issueCsrfToken(request, reply, secureCookies) }),
  });
};
