import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Helmet's options. `upgrade-insecure-requests` only when people reach us over HTTPS: served over plain
 * HTTP on any name but localhost (a LAN address, or a TLS proxy that speaks HTTP to us), it sent the
 * console's own scripts to https:// and the console stayed blank.
 */
function helmetOptions(https: boolean) {
  return {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        // The business's logo (settings/brand) is an https image on its own site.
        'img-src': ["'self'", 'data:', 'https:'],
        'upgrade-insecure-requests': https ? [] : null,
      },
    },
  };
}

/**
 * Helmet's security headers (CSP, HSTS, nosniff, frame and referrer policies, …) on every answer.
 * With our options they depend on nothing in the request, so helmet runs once, here, and every
 * answer gets its result: running helmet's middleware per request was the largest app-level cost of
 * a rating click (profiled under `npm run bench -- ratings`).
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { https: boolean }): void {
  const headers = helmetHeaders(options.https);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

/** The headers helmet sets, captured from one run of its middleware against a stand-in response. */
function helmetHeaders(https: boolean): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failed: unknown;
  helmet(helmetOptions(https))(
    {} as IncomingMessage,
    response as unknown as ServerResponse,
    (error?: unknown) => {
      failed = error;
    },
  );
  if (failed) throw failed;
  return headers;
}
