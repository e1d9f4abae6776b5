import { z } from 'zod';
import { getBlast } from '../../../app/blasts/get-blast.ts';
import { blastSchema, presentBlast } from '../../presenters/blast.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getBlastRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/blasts/:id', {
    config: { access: 'supervisor' },
    schema: {
      summary: 'One blast: its emails by status, answers and response rate (supervisors)',
      tags: ['blasts'],
      params: idParams,
      response: { 200: z.object({ blast: blastSchema }) },
    },
    handler: async (request) => ({ blast: presentBlast(await getBlast(ctx, request.params.id)) }),
  });
};
