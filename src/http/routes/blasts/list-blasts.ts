import { z } from 'zod';
import { listBlasts } from '../../../app/blasts/list-blasts.ts';
import { blastSchema, presentBlast } from '../../presenters/blast.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50) });

export const listBlastsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/blasts', {
    config: { access: 'supervisor' },
    schema: {
      summary: 'The latest blasts with their progress and response rate, newest first (supervisors)',
      tags: ['blasts'],
      querystring,
      response: { 200: z.object({ blasts: z.array(blastSchema) }) },
    },
    handler: async (request) => ({
      blasts: (await listBlasts(ctx, request.query)).map(presentBlast),
    }),
  });
};
