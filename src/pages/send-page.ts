import type { FastifyReply } from 'fastify';

/** Answers with a customer page: HTML, never cached (each link's state can change with the next click). */
export function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(body);
}
