import { resetTeamBusinessHours } from '../../../app/business-hours/reset-team-business-hours.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentBusinessHours, teamBusinessHoursSchema } from '../../presenters/business-hours.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const resetTeamBusinessHoursRoute: Route = (api, { ctx }) => {
  api.delete('/api/v1/teams/:id/business-hours', {
    config: { access: 'admin' },
    schema: {
      summary: 'The team goes back to the organisation’s hours (admins); its cases are recomputed',
      tags: ['clocks'],
      params: idParams,
      response: { 200: teamBusinessHoursSchema },
    },
    handler: async (request) => {
      const reset = await resetTeamBusinessHours(ctx, authOf(request).actor, request.params.id);
      return { hours: presentBusinessHours(reset.hours), own: reset.own };
    },
  });
};
