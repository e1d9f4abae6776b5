import type { Route } from '../../route.ts';

/** Keeps proxies from closing a quiet stream. */
const HEARTBEAT_MS = 20_000;

/**
 * Server-Sent Events: every committed change to a case, from any instance, as `case.changed`.
 * The console refetches what it shows; `resync` after a lost database connection means refetch all.
 */
export const streamLiveRoute: Route = (api, { live }) => {
  api.get('/api/v1/live', {
    schema: { summary: 'Live changes as Server-Sent Events (text/event-stream)', tags: ['live'] },
    handler: async (request, reply) => {
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 2000\n: connected\n\n');
      const unsubscribe = live.subscribe((message) => {
        res.write(`event: ${message.type}\ndata: ${JSON.stringify(message)}\n\n`);
      });
      const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        unsubscribe();
      });
    },
  });
};
