import { z } from 'zod';
import { listPendingAmends } from '../../../app/amends/list-pending-amends.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureSchema, presentGesture } from '../../presenters/amends.presenter.ts';
import type { Route } from '../../route.ts';

export const listPendingAmendsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/amends/pending', {
    config: { access: 'supervisor' },
    schema: {
      summary: 'The approval queue: amends requests waiting for a supervisor, oldest first',
      tags: ['amends'],
      response: { 200: z.object({ gestures: z.array(gestureSchema) }) },
    },
    handler: async (request) => ({
      gestures: (await listPendingAmends(ctx, authOf(request).actor)).map(presentGesture),
    }),
  });
};
