import { getBusinessHours } from '../../../app/business-hours/get-business-hours.ts';
import { businessHoursSchema, presentBusinessHours } from '../../presenters/business-hours.presenter.ts';
import type { Route } from '../../route.ts';

export const getBusinessHoursRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/business-hours', {
    schema: {
      summary: 'The organisation’s business hours (cases without a team, and teams without their own)',
      tags: ['clocks'],
      response: { 200: businessHoursSchema },
    },
    handler: async () => presentBusinessHours(await getBusinessHours(ctx)),
  });
};
