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
      response: {
        200: z.object({
          gestures: z.array(gestureSchema),
          /**
           * Requests the caller may not approve, by gesture id, each with why: beyond their own
           * authority as a supervisor; an admin approves them. Empty for admins.
           */
          beyondYourAuthority: z.record(z.string(), z.string()),
        }),
      },
    },
    handler: async (request) => {
      const pending = await listPendingAmends(ctx, authOf(request).actor);
      return {
        gestures: pending.map((entry) => presentGesture(entry.gesture)),
        beyondYourAuthority: Object.fromEntries(
          pending.flatMap((entry) =>
            entry.beyondYourAuthority ? [[entry.gesture.id, entry.beyondYourAuthority]] : [],
          ),
        ),
      };
    },
  });
};
