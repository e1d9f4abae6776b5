import { readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { addRatingComment } from '../../app/rating-clicks/add-rating-comment.ts';
import { confirmRating } from '../../app/rating-clicks/confirm-rating.ts';
import { openCommentPage } from '../../app/rating-clicks/open-comment-page.ts';
import { openRatingLink } from '../../app/rating-clicks/open-rating-link.ts';
import type { RatingRecorder } from '../../app/rating-clicks/rating-recorder.ts';
import { errorPage } from '../error-page.ts';
import type { PageBudget } from '../page-budget.ts';
import { pageSender } from '../send-page.ts';
import { commentPage } from './comment-page.ts';
import { confirmPage } from './confirm-page.ts';
import { expiredPage } from './expired-page.ts';
import { invalidPage } from './invalid-page.ts';

const CONFIRM_SCRIPT = readFileSync(path.join(import.meta.dirname, '../assets/confirm-rating.js'), 'utf8');

export type RatingPagesOptions = {
  ctx: AppContext;
  recorder: RatingRecorder;
  /** The customer pages' shared budget; none only for the loopback benchmark. */
  budget: PageBudget | undefined;
};

type TokenParams = { Params: { token: string } };

/**
 * The customer's side of a rating: open a link (confirm page), confirm (recorded → thanks or
 * sorry), comment. Server-rendered, works without scripts; every state has its own page.
 */
export async function ratingPages(app: FastifyInstance, options: RatingPagesOptions): Promise<void> {
  const { ctx, recorder } = options;
  const send = pageSender(ctx);
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'customer page failed');
    return send(reply, status === 429 ? 429 : status >= 500 ? 503 : status, errorPage(status));
  });
  const limited = options.budget ? { onRequest: options.budget } : {};

  app.get('/assets/confirm-rating.js', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(CONFIRM_SCRIPT),
  );

  app.get<TokenParams>(
    '/r/:token',
    { config: { access: 'public' }, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const view = await openRatingLink(ctx, request.params.token);
      if (view.state === 'invalid') return send(reply, 404, invalidPage());
      if (view.state === 'expired') return send(reply, 410, expiredPage());
      return send(
        reply,
        200,
        confirmPage({ survey: view.survey, point: view.point, token: request.params.token }),
      );
    },
  );

  app.post<TokenParams & { Body: { source?: string } | undefined }>(
    '/r/:token',
    { config: { access: 'public' }, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const source = request.body?.source === 'page' ? 'page' : 'button';
      const outcome = await confirmRating(ctx, recorder, request.params.token, source);
      if (outcome.state === 'invalid') return send(reply, 404, invalidPage());
      if (outcome.state === 'expired') return send(reply, 410, expiredPage());
      // See Other: a reload of the thanks page must not post the answer again.
      return reply.code(303).header('location', `/rating/${outcome.commentToken}`).send();
    },
  );

  app.get<TokenParams & { Querystring: { sent?: string } }>(
    '/rating/:token',
    { config: { access: 'public' }, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const view = await openCommentPage(ctx, request.params.token);
      if (view.state === 'invalid') return send(reply, 404, invalidPage());
      if (view.state === 'expired') return send(reply, 410, expiredPage());
      return send(
        reply,
        200,
        commentPage({
          point: view.point,
          mood: view.mood,
          commentToken: request.params.token,
          sent: request.query.sent === '1',
        }),
      );
    },
  );

  app.post<TokenParams & { Body: { comment?: unknown } | undefined }>(
    '/rating/:token',
    { config: { access: 'public' }, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const text = typeof request.body?.comment === 'string' ? request.body.comment : '';
      const outcome = await addRatingComment(ctx, request.params.token, text);
      if (outcome.state === 'invalid') return send(reply, 404, invalidPage());
      if (outcome.state === 'expired') return send(reply, 410, expiredPage());
      if (outcome.state === 'rejected') {
        const view = await openCommentPage(ctx, request.params.token);
        const mood = view.state === 'open' ? view.mood : undefined;
        const point = view.state === 'open' ? view.point : undefined;
        return send(
          reply,
          400,
          commentPage({
            point,
            mood,
            commentToken: request.params.token,
            draft: text,
            error: outcome.reason,
          }),
        );
      }
      return reply.code(303).header('location', `/rating/${request.params.token}?sent=1`).send();
    },
  );
}
