import { z } from 'zod';
import { recordIssuedByHand } from '../../../app/amends/record-issued-by-hand.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureSchema, presentGesture } from '../../presenters/amends.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

export const recordAmendsIssuedRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/amends/:id/issued-by-hand', {
    schema: {
      summary: 'Record that an approved (or failed) gesture was issued by hand, with its reference',
      tags: ['amends'],
      params: idParams,
      body: z.strictObject({ reference: text(200, 'Give the reference of what was issued.') }),
      response: { 200: z.object({ gesture: gestureSchema }) },
    },
    handler: async (request) => ({
      gesture: presentGesture(
        await recordIssuedByHand(ctx, authOf(request).actor, request.params.id, {
          reference: request.body.reference,
        }),
      ),
    }),
  });
};
