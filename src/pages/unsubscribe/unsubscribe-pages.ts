import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app/context.ts';
import { openUnsubscribeLink } from '../../app/unsubscribe/open-unsubscribe-link.ts';
import { unsubscribe } from '../../app/unsubscribe/unsubscribe.ts';
import { errorPage } from '../error-page.ts';
import type { PageBudget } from '../page-budget.ts';
import { pageSender } from '../send-page.ts';
import { confirmPage } from './confirm-page.ts';
import { invalidPage } from './invalid-page.ts';
import { unsubscribedPage } from './unsubscribed-page.ts';

/** A one-click POST carries `List-Unsubscribe=One-Click`; nothing larger is needed. */
const BODY_LIMIT = 16 * 1024;

type TokenParams = { Params: { token: string } };

/**
 * The unsubscribe link of every survey email, `/u/<token>`. GET shows a confirm page and changes
 * nothing (mail scanners fetch links). POST unsubscribes — the page's button, and RFC 8058's
 * one-click POST that mail clients send with `List-Unsubscribe=One-Click` (form-encoded or
 * multipart) to the List-Unsubscribe URL. Works without scripts; errors are pages, not JSON.
 */
export async function unsubscribePages(
  app: FastifyInstance,
  options: { ctx: AppContext; budget: PageBudget | undefined },
): Promise<void> {
  const { ctx } = options;
  const send = pageSender(ctx);
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT });
  // The POST itself is the request, whatever its body: accept what a mail client sends (RFC 8058
  // prefers multipart/form-data), keeping the text only to tell a one-click from the page's button.
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error, request, reply) => {
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error({ err: error }, 'unsubscribe page failed');
    if (status === 429 || status >= 500) return send(reply, status === 429 ? 429 : 503, errorPage(status));
    return send(reply, 404, invalidPage());
  });
  const config = { access: 'public' as const };
  // Shared with the rating pages: a scanner or a script gets a polite 429.
  const limited = options.budget ? { onRequest: options.budget } : {};

  app.get<TokenParams>(
    '/u/:token',
    { config, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const view = await openUnsubscribeLink(ctx, request.params.token);
      if (view.state === 'invalid') return send(reply, 404, invalidPage());
      if (view.state === 'unsubscribed') return send(reply, 200, unsubscribedPage(view));
      return send(reply, 200, confirmPage({ addresses: view.addresses, token: request.params.token }));
    },
  );

  app.post<TokenParams & { Body: Record<string, unknown> | string | undefined }>(
    '/u/:token',
    { config, ...limited, schema: { hide: true } },
    async (request, reply) => {
      const body = request.body;
      const oneClick =
        typeof body === 'string'
          ? /List-Unsubscribe[\s\S]*One-Click/.test(body)
          : body?.['List-Unsubscribe'] === 'One-Click';
      const outcome = await unsubscribe(ctx, request.params.token, oneClick ? 'one-click' : 'page');
      if (outcome.state === 'invalid') return send(reply, 404, invalidPage());
      return send(reply, 200, unsubscribedPage(outcome));
    },
  );
}
