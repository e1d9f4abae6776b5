import { z } from 'zod';
import { listCasePromises } from '../../../app/promises/list-case-promises.ts';
import { presentPromise, promiseSchema } from '../../presenters/promise.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const listCasePromisesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/promises', {
    config: { problems: [404] },
    schema: {
      summary: 'A case’s promises, oldest first (open, kept, broken and renegotiated)',
      tags: ['promises'],
      params: idParams,
      response: { 200: z.object({ promises: z.array(promiseSchema) }) },
    },
    handler: async (request) => ({
      promises: (await listCasePromises(ctx, request.params.id)).map(presentPromise),
    }),
  });
};
