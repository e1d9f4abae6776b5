import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

export const FAVICON_PATH = '/favicon.svg';

const FAVICON = readFileSync(path.join(import.meta.dirname, 'assets/favicon.svg'), 'utf8');

/**
 * The icon of customer pages and the console, one SVG served by the app (customer pages work without
 * the console's build). `/favicon.ico` points at it for clients that ask by the old name without
 * reading the page's `link rel=icon`, so no page of ours logs a 404 for its icon.
 */
export async function favicon(app: FastifyInstance): Promise<void> {
  const config = { access: 'public' as const };
  app.get(FAVICON_PATH, { config, schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(FAVICON),
  );
  app.get('/favicon.ico', { config, schema: { hide: true } }, async (_request, reply) =>
    reply.code(301).header('location', FAVICON_PATH).send(),
  );
}
