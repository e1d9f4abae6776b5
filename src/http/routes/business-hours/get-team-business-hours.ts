import { getTeamBusinessHours } from '../../../app/business-hours/get-business-hours.ts';
import { presentBusinessHours, teamBusinessHoursSchema } from '../../presenters/business-hours.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getTeamBusinessHoursRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/teams/:id/business-hours', {
    schema: {
      summary: 'The hours a team’s cases count in: its own, or the organisation’s (own: false)',
      tags: ['clocks'],
      params: idParams,
      response: { 200: teamBusinessHoursSchema },
    },
    handler: async (request) => {
      const { hours, own } = await getTeamBusinessHours(ctx, request.params.id);
      return { hours: presentBusinessHours(hours), own };
    },
  });
};
