import { z } from 'zod';
import { isDatabaseHealthy } from '../../../app/system/check-health.ts';
import type { Route } from '../../route.ts';

export const getHealthRoute: Route = (api, { ctx }) => {
  api.get('/healthz', {
    config: { access: 'public' },
    schema: {
      summary: 'Liveness and database health',
      tags: ['system'],
      response: {
        200: z.object({ status: z.literal('ok') }),
        503: z.object({ status: z.literal('unavailable') }),
      },
    },
    handler: async (_request, reply) => {
      if (await isDatabaseHealthy(ctx)) return { status: 'ok' as const };
      return reply.code(503).send({ status: 'unavailable' as const });
    },
  });
};
