import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.ts';
import type { LiveHub } from '../app/live/live-hub.ts';
import { RatingRecorder } from '../app/ratings/rating-recorder.ts';
import { OUTBOX_SENDER } from '../config/env.ts';
import type { Mailbox } from '../mail/out/mailer.ts';
import { ratingPages } from '../pages/rating/rating-pages.ts';
import { unsubscribePages } from '../pages/unsubscribe/unsubscribe-pages.ts';
import { openapiOptions } from './openapi/document.ts';
import { operationIdOf } from './openapi/operation-id.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerIdempotency } from './plugins/idempotency.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { problem, sendProblem, toProblem } from './problem.ts';
import { ROUTES } from './routes/index.ts';

/** The built console; served when present (npm install builds it). */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export type AppOptions = {
  ctx: AppContext;
  live: LiveHub;
  secureCookies?: boolean;
  /** The sender of outgoing mail (MAIL_FROM), shown in previews; the outbox's when unset. */
  mailFrom?: Mailbox | undefined;
  logger?: boolean | { level: string };
  /** Serve the console from this folder; default web/dist when it exists. */
  webDir?: string | undefined;
  /** Rating clicks per minute from one address (default 120); false only for the loopback benchmark. */
  clicksPerMinute?: number | false;
  /**
   * The proxies whose X-Forwarded-For is believed (default loopback): the per-address click limit
   * must count customers, not the load balancer they all come through.
   */
  trustProxy?: string | undefined;
};

/** Builds the HTTP app without listening (tests use `inject`; server.ts listens). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 100 * 1024,
    // Live streams are long-lived; close them with the server instead of waiting on them.
    forceCloseConnections: true,
    trustProxy: options.trustProxy ?? 'loopback',
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON only: a text/plain body is refused with 415, not half-parsed.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, openapiOptions);

  app.setErrorHandler((error, request, reply) => {
    const body = toProblem(error, request);
    if (body.status >= 500) request.log.error({ err: error }, 'request failed');
    return sendProblem(reply, body);
  });

  registerAuth(app, options.ctx);
  registerIdempotency(app, options.ctx);
  const recorder = new RatingRecorder(options.ctx);
  app.addHook('onClose', () => recorder.drain());
  // Customer pages live in their own scope: form bodies and HTML errors there, JSON problems elsewhere.
  await app.register(ratingPages, {
    ctx: options.ctx,
    recorder,
    clicksPerMinute: options.clicksPerMinute ?? 120,
  });
  await app.register(unsubscribePages, { ctx: options.ctx });
  const deps = {
    ctx: options.ctx,
    live: options.live,
    secureCookies: options.secureCookies ?? false,
    mailFrom: options.mailFrom ?? OUTBOX_SENDER,
  };
  for (const route of ROUTES) {
    // Each endpoint in its own scope, so every route it declares (nested scopes too) is named after it.
    const operationId = operationIdOf(route.name);
    await app.register(async (scope) => {
      scope.addHook('onRoute', (routeOptions) => {
        routeOptions.schema = { operationId, ...routeOptions.schema };
      });
      route(scope.withTypeProvider<ZodTypeProvider>(), deps);
    });
  }

  const webDir = options.webDir ?? (existsSync(WEB_DIST) ? WEB_DIST : undefined);
  if (webDir) await app.register(fastifyStatic, { root: webDir, wildcard: false, index: 'index.html' });

  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      request.headers.accept?.includes('text/html');
    // The console is a single-page app: its own router handles /cases/… after index.html loads.
    if (wantsPage && webDir) return reply.type('text/html; charset=utf-8').sendFile('index.html');
    const detail = wantsPage
      ? 'The console is not built: run `npm run build:web` (npm install does it), then reload.'
      : `Nothing here: ${request.method} ${request.url.split('?')[0]}. The API is described at /api/openapi.json.`;
    return sendProblem(reply, problem('NOT_FOUND', detail, { instance: request.url.split('?')[0] }));
  });

  return app;
}
