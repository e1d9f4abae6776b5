import { saveGestureType } from '../../../app/amends/save-gesture-type.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureTypeSchema, presentGestureType } from '../../presenters/amends.presenter.ts';
import type { Route } from '../../route.ts';
import { gestureTypeBody, gestureTypeInput } from './gesture-type-body.ts';

export const createGestureTypeRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/settings/amends/catalogue', {
    config: { access: 'admin', idempotent: true },
    schema: {
      summary: 'Add a gesture to the catalogue (admins)',
      tags: ['settings'],
      body: gestureTypeBody,
      response: { 201: gestureTypeSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          presentGestureType(
            await saveGestureType(ctx, authOf(request).actor, undefined, gestureTypeInput(request.body)),
          ),
        ),
  });
};
