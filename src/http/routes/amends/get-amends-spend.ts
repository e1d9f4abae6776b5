import { getAmendsSpend } from '../../../app/amends/get-amends-spend.ts';
import { authOf } from '../../plugins/auth.ts';
import { amendsSpendSchema, presentAmendsSpend } from '../../presenters/amends.presenter.ts';
import type { Route } from '../../route.ts';

export const getAmendsSpendRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/amends/spend', {
    schema: {
      summary: 'Spend this month (UTC) per person and team and currency, beside budgets and your own limits',
      tags: ['amends'],
      response: { 200: amendsSpendSchema },
    },
    handler: async (request) => presentAmendsSpend(await getAmendsSpend(ctx, authOf(request).actor)),
  });
};
