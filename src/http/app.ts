import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RenderSurveyEmail } from '../app/blasts/render-survey-email.ts';
import type { AppContext } from '../app/context.ts';
import type { LiveHub } from '../app/live/live-hub.ts';
import { RatingRecorder } from '../app/rating-clicks/rating-recorder.ts';
import { OUTBOX_SENDER } from '../config/env.ts';
import { favicon } from '../pages/favicon.ts';
import { createPageBudget } from '../pages/page-budget.ts';
import { invalidPage } from '../pages/rating/invalid-page.ts';
import { ratingPages } from '../pages/rating/rating-pages.ts';
import { pageSender } from '../pages/send-page.ts';
import { invalidPage as invalidStatusPage } from '../pages/status/invalid-page.ts';
import { statusPages } from '../pages/status/status-pages.ts';
import { unsubscribePages } from '../pages/unsubscribe/unsubscribe-pages.ts';
import { answerClientError } from './client-error.ts';
import { openapiOptions } from './openapi/document.ts';
import { operationIdOf } from './openapi/operation-id.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerIdempotency } from './plugins/idempotency.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerStorableText } from './plugins/storable-text.ts';
import { problem, sendProblem, toProblem } from './problem.ts';
import { ROUTES } from './routes/index.ts';
import { validatorCompiler } from './validation.ts';

/** The built console; served when present (npm install builds it). */
export const WEB_DIST = path.resolve(import.meta.dirname, '../../web/dist');

export type AppOptions = {
  ctx: AppContext;
  live: LiveHub;
  /**
   * People reach us over HTTPS (AMENDS_PUBLIC_URL is https://): cookies are Secure and the CSP asks
   * browsers to upgrade insecure requests. Off, both would break a console served over plain HTTP.
   */
  secureCookies?: boolean;
  /** The sender of outgoing mail (MAIL_FROM), shown in previews; the outbox's when unset. */
  mailFrom?: { name: string; address: string } | undefined;
  /** The survey email template (mail/out), for blast previews and survey tests. */
  renderSurveyEmail?: RenderSurveyEmail | undefined;
  logger?: boolean | { level: string };
  /** Serve the console from this folder; default web/dist when it exists. */
  webDir?: string | undefined;
  /**
   * Requests a minute from one address to the customer pages, all of them together (default 120);
   * false turns that and the per-link budget off, only for the loopback benchmark.
   */
  clicksPerMinute?: number | false;
  /**
   * The proxies whose X-Forwarded-For is believed (default loopback): the per-address click limit
   * must count customers, not the load balancer they all come through.
   */
  trustProxy?: string | undefined;
};

/** Builds the HTTP app without listening (tests use `inject`; server.ts listens). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const sendCustomerPage = pageSender(options.ctx);
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 100 * 1024,
    // Live streams are long-lived; close them with the server instead of waiting on them.
    forceCloseConnections: true,
    trustProxy: options.trustProxy ?? 'loopback',
    // Errors before routing (bad percent-encoding, an over-long path part; a request Node's parser
    // refuses) get the same problem+json as every other error — except a customer's link that a mail
    // client garbled (a cut %-escape, text glued on), which gets the page for a link we do not know.
    frameworkErrors: (error, request, reply) => {
      if (isCustomerLink(request.url))
        void sendCustomerPage(
          reply as FastifyReply,
          404,
          request.url.startsWith('/s/') ? invalidStatusPage() : invalidPage(),
        );
      else sendProblem(reply as FastifyReply, toProblem(error, request as FastifyRequest));
    },
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  // The API speaks JSON only: a text/plain body is refused with 415, not half-parsed.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerSecurityHeaders(app, { https: options.secureCookies ?? false });
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
  registerStorableText(app);
  const recorder = new RatingRecorder(options.ctx);
  app.addHook('onClose', () => recorder.drain());
  // Customer pages live in their own scope: form bodies and HTML errors there, JSON problems elsewhere.
  const budget =
    options.clicksPerMinute === false
      ? undefined
      : createPageBudget(app, pageSender(options.ctx), options.clicksPerMinute ?? 120);
  await app.register(ratingPages, { ctx: options.ctx, recorder, budget });
  await app.register(unsubscribePages, { ctx: options.ctx, budget });
  await app.register(statusPages, { ctx: options.ctx, live: options.live, budget });
  await app.register(favicon);
  const deps = {
    ctx: options.ctx,
    live: options.live,
    secureCookies: options.secureCookies ?? false,
    mailFrom: options.mailFrom ?? OUTBOX_SENDER,
    renderSurveyEmail: options.renderSurveyEmail,
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

/** The customer pages' links: rating (`/r/`), comment (`/rating/`), unsubscribe (`/u/`), status (`/s/`). */
function isCustomerLink(url: string): boolean {
  return /^\/(r|rating|u|s)\//.test(url);
}
