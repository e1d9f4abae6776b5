import { getAmendsSettings } from '../../../app/amends/get-amends-settings.ts';
import { authOf } from '../../plugins/auth.ts';
import { amendsSettingsSchema, presentAmendsSettings } from '../../presenters/amends.presenter.ts';
import type { Route } from '../../route.ts';

export const getAmendsSettingsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/settings/amends', {
    config: { access: 'admin' },
    schema: {
      summary:
        'Settings → Amends: catalogue, limits, budgets, webhook (never its secret), code pools (admins)',
      tags: ['settings'],
      response: { 200: amendsSettingsSchema },
    },
    handler: async (request) => presentAmendsSettings(await getAmendsSettings(ctx, authOf(request).actor)),
  });
};
