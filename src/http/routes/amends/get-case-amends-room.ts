import { z } from 'zod';
import { getCaseAmendsRoom } from '../../../app/amends/get-case-amends-room.ts';
import { authOf } from '../../plugins/auth.ts';
import { idParams, type Route } from '../../route.ts';

const roomSchema = z
  .object({
    gestureTypeId: z.uuid(),
    /** Null for a gesture that carries no money. */
    currency: z.string().nullable(),
    /**
     * Whole minor units still to give without approval: the tightest of the per-gesture limit, what
     * the case and your month have left, and the team's budget. Null: no ceiling.
     */
    leftMinor: z.number().int().nullable(),
  })
  .meta({ id: 'AmendsRoom' });

export const getCaseAmendsRoomRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/amends/room', {
    schema: {
      summary:
        'What you may still give on this case without approval, per gesture and currency your role has a limit for',
      tags: ['amends'],
      params: idParams,
      response: { 200: z.object({ room: z.array(roomSchema) }) },
    },
    handler: async (request) => ({
      room: (await getCaseAmendsRoom(ctx, authOf(request).actor, request.params.id)).map((entry) => ({
        gestureTypeId: entry.gestureTypeId,
        currency: entry.currency ?? null,
        leftMinor: entry.leftMinor ?? null,
      })),
    }),
  });
};
