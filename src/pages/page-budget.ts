import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorPage } from './error-page.ts';
import type { PageSender } from './send-page.ts';

/**
 * Requests a minute for one rating or unsubscribe link, across all its pages and from any address.
 * A customer answering, changing their mind once and leaving a comment uses about eight (open,
 * confirm and thanks page per answer, the comment and its thanks); a script replaying one link
 * recorded 120 clicks in 0.4 s before there was a budget per link.
 */
export const REQUESTS_PER_LINK_PER_MINUTE = 12;

export type PageBudget = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

/**
 * One budget for every customer page (rating, comment, unsubscribe and case status pages share it —
 * a status page's replies and live stream too), per address and per link — instead of one per route,
 * which let an address spend 120 clicks plus 120 comments plus more each minute. Counted in this process's memory by @fastify/rate-limit (its LRU of the
 * 5,000 most recent keys), so a click costs no database round trip; with several instances each
 * keeps its own count.
 */
export function createPageBudget(
  app: FastifyInstance,
  send: PageSender,
  perAddressPerMinute: number,
): PageBudget {
  const byAddress = app.createRateLimit({ max: perAddressPerMinute, timeWindow: 60_000 });
  const byLink = app.createRateLimit({
    max: REQUESTS_PER_LINK_PER_MINUTE,
    timeWindow: 60_000,
    keyGenerator: (request) => `link:${linkKeyOf(request)}`,
  });
  return async (request, reply) => {
    for (const limit of [byAddress, byLink]) {
      const outcome = await limit(request);
      if (!outcome.isAllowed && outcome.isExceeded) {
        return send(reply.header('retry-after', outcome.ttlInSeconds), 429, errorPage(429));
      }
    }
    return undefined;
  };
}

/**
 * Every link names its key first: a rating request's in `/r/<key>.<score>.<sig>`, `/rating/<key>.<sig>`,
 * `/u/<key>.<sig>`; a case's status key in `/s/<key>.<sig>` (its reply and live stream too).
 */
function linkKeyOf(request: FastifyRequest): string {
  const token = (request.params as { token?: string }).token ?? '';
  const dot = token.indexOf('.');
  return dot === -1 ? token : token.slice(0, dot);
}
