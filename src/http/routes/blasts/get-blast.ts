import { getBlast } from '../../../app/blasts/get-blast.ts';
import { blastStartedSchema, presentBlastStarted } from '../../presenters/blast.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getBlastRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/blasts/:id', {
    config: { access: 'supervisor' },
    schema: {
      summary:
        'One blast: how far its list is prepared, its emails by status, answers, response rate and refused lines (supervisors)',
      tags: ['blasts'],
      params: idParams,
      response: { 200: blastStartedSchema },
    },
    handler: async (request) => presentBlastStarted(await getBlast(ctx, request.params.id)),
  });
};
