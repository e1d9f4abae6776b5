import { z } from 'zod';
import { listCaseGestures } from '../../../app/amends/list-case-gestures.ts';
import { gestureSchema, presentGesture } from '../../presenters/amends.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const listCaseAmendsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/amends', {
    schema: {
      summary: "The case's amends in every state (requested, pending, issuing, issued, declined, failed)",
      tags: ['amends'],
      params: idParams,
      response: { 200: z.object({ gestures: z.array(gestureSchema) }) },
    },
    handler: async (request) => ({
      gestures: (await listCaseGestures(ctx, request.params.id)).map(presentGesture),
    }),
  });
};
