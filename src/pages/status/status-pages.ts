import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import type { LiveHub } from '../../app/live/live-hub.ts';
import { openStatusPage } from '../../app/status-page/open-status-page.ts';
import { replyOnStatusPage } from '../../app/status-page/reply-on-status-page.ts';
import { isForeignFetchSite, isOwnOrigin } from '../../core/shared/own-origin.ts';
import { errorPage } from '../error-page.ts';
import type { PageBudget } from '../page-budget.ts';
import { pageSender } from '../send-page.ts';
import { invalidPage } from './invalid-page.ts';
import { refusedPage } from './refused-page.ts';
import { STATUS_SCRIPT, statusPage } from './status-page.ts';
import { StreamLimits, streamStatusPage } from './status-stream.ts';

const SCRIPT = readFileSync(path.join(import.meta.dirname, '../assets/status-page.js'), 'utf8');

/**
 * The largest reply form we read: a message of MAX_MESSAGE_LENGTH characters, form-encoded, takes up
 * to 9 bytes a character (é is %C3%A9), so 256 kB lets any message the box allows arrive and be
 * refused beside the box by its length; anything larger is refused before it is read.
 */
export const REPLY_BODY_LIMIT = 256 * 1024;

type TokenParams = { Params: { token: string } };

/**
 * The customer's private page for their case, `/s/<key>.<signature>`: read it, write back, hear news
 * live. Server-rendered and working without scripts; every state a page (the case, the polite page
 * for a link that no longer works, a refused reply). Nothing here tells whether a case exists.
 */
export async function statusPages(
  app: FastifyInstance,
  options: { ctx: AppContext; live: LiveHub; budget: PageBudget | undefined },
): Promise<void> {
  const { ctx, live } = options;
  const send = pageSender(ctx);
  const limits = new StreamLimits();
  await app.register(fastifyFormbody, { bodyLimit: REPLY_BODY_LIMIT });
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'status page failed');
    if (status === 413) return send(reply, 413, refusedPage('too-large'));
    if (status === 429 || status >= 500) return send(reply, status === 429 ? 429 : 503, errorPage(status));
    return send(reply, 400, refusedPage('unreadable'));
  });
  const config = { access: 'public' as const };
  // The budget every customer page shares, per address and per link: a script gets a polite 429.
  const limited = options.budget ? { onRequest: options.budget } : {};

  app.get(STATUS_SCRIPT, { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(SCRIPT),
  );

  app.get<TokenParams & { Querystring: { sent?: string } }>(
    '/s/:token',
    { config, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const opening = await openStatusPage(ctx, request.params.token);
      if (opening.state === 'invalid') return send(reply, 404, invalidPage());
      const sent = request.query.sent === '1';
      return send(reply, 200, statusPage({ view: opening.view, token: request.params.token, sent }));
    },
  );

  app.post<TokenParams & { Body: { message?: unknown } | undefined }>(
    '/s/:token/reply',
    { config, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const { token } = request.params;
      if (isFromAnotherSite(request, ctx.publicUrl)) return send(reply, 403, refusedPage('foreign'));
      const text = typeof request.body?.message === 'string' ? request.body.message : '';
      const outcome = await replyOnStatusPage(ctx, token, text);
      if (outcome.state === 'invalid') return send(reply, 404, invalidPage());
      if (outcome.state === 'rejected') {
        const opening = await openStatusPage(ctx, token);
        if (opening.state === 'invalid') return send(reply, 404, invalidPage());
        return send(
          reply,
          400,
          statusPage({ view: opening.view, token, draft: text, error: outcome.reason }),
        );
      }
      // See Other: a reload of the page must not send the message again.
      return reply.code(303).header('location', `/s/${token}?sent=1`).send();
    },
  );

  app.get<TokenParams & { Querystring: { since?: string } }>(
    '/s/:token/events',
    // No HEAD twin: it would hold a stream open that sends nothing.
    { config, ...limited, schema: { hide: true }, exposeHeadRoute: false },
    (request, reply) => streamStatusPage({ ctx, live, limits, send }, request, reply),
  );
}

/**
 * The link itself is what lets someone write to the case (no cookie is involved, so a forged form on
 * another site gains nothing a holder of the link lacks); still, a reply must come from the case's
 * own page, not from a page elsewhere posting in the customer's name. The form on our page sends
 * `Origin: null` (its Referrer-Policy is no-referrer) with `Sec-Fetch-Site: same-origin`; a request
 * naming neither header (an old browser, curl) is let through, as the link alone decides.
 */
function isFromAnotherSite(request: FastifyRequest, publicUrl: string): boolean {
  if (isForeignFetchSite(request.headers['sec-fetch-site'])) return true;
  const origin = request.headers.origin;
  if (origin === undefined || origin === 'null') return false;
  return !isOwnOrigin(origin, publicUrl, request.headers.host);
}
