import type { FastifyReply } from 'fastify';
import type { AppContext } from '../app/context.ts';
import { brandForCustomers } from '../app/settings/brand.ts';
import { layout, type PageContent } from './layout.ts';

export type PageSender = (reply: FastifyReply, status: number, page: PageContent) => Promise<FastifyReply>;

/**
 * Answers with a customer page in the business's brand: HTML, never cached (each link's state can
 * change with the next click).
 */
export function pageSender(ctx: AppContext): PageSender {
  return async (reply, status, page) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(layout(page, await brandForCustomers(ctx)));
}
