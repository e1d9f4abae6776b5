import { saveGestureType } from '../../../app/amends/save-gesture-type.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureTypeSchema, presentGestureType } from '../../presenters/amends.presenter.ts';
import { idParams, type Route } from '../../route.ts';
import { gestureTypeBody, gestureTypeInput } from './gesture-type-body.ts';

export const updateGestureTypeRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/amends/catalogue/:id', {
    config: { access: 'admin' },
    schema: {
      summary: 'Rename a gesture, set its default amount, code pool, on or off (admins)',
      tags: ['settings'],
      params: idParams,
      body: gestureTypeBody,
      response: { 200: gestureTypeSchema },
    },
    handler: async (request) =>
      presentGestureType(
        await saveGestureType(ctx, authOf(request).actor, request.params.id, gestureTypeInput(request.body)),
      ),
  });
};
