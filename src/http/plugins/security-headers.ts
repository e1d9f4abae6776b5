import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies, …) on every answer.
 * Helmet's middleware is built once here: @fastify/helmet rebuilt it for every request, which cost
 * more than the rest of a rating click's handling (profiled under `npm run bench -- ratings`).
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      directives: { 'script-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    // Helmet sets the headers synchronously, then calls back (since 8.1 it throws instead of passing errors).
    setHeaders(request.raw, reply.raw, () => done());
  });
}
