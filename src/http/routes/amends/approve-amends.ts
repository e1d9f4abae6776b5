import { z } from 'zod';
import { decideGestureRequest } from '../../../app/amends/decide-gesture-request.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureSchema, presentGesture } from '../../presenters/amends.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

export const approveAmendsRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/amends/:id/approve', {
    config: { access: 'supervisor' },
    schema: {
      summary: "Approve an amends request in one click (supervisors; never one's own)",
      tags: ['amends'],
      params: idParams,
      body: z.strictObject({
        /** Why; optional. */
        reason: text(2000).optional(),
      }),
      response: { 200: z.object({ gesture: gestureSchema }) },
    },
    handler: async (request) => ({
      gesture: presentGesture(
        await decideGestureRequest(ctx, authOf(request).actor, request.params.id, {
          decision: 'approve',
          reason: request.body.reason,
        }),
      ),
    }),
  });
};
