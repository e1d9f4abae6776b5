import { z } from 'zod';
import { listGestureCatalogue } from '../../../app/amends/list-gesture-catalogue.ts';
import { gestureTypeSchema, presentGestureType } from '../../presenters/amends.presenter.ts';
import type { Route } from '../../route.ts';

export const listAmendsCatalogueRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/amends/catalogue', {
    schema: {
      summary: 'The gestures on offer (active catalogue entries)',
      tags: ['amends'],
      response: { 200: z.object({ catalogue: z.array(gestureTypeSchema) }) },
    },
    handler: async () => ({ catalogue: (await listGestureCatalogue(ctx)).map(presentGestureType) }),
  });
};
