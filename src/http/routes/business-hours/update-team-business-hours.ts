import { saveTeamBusinessHours } from '../../../app/business-hours/save-team-business-hours.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentBusinessHours, teamBusinessHoursSchema } from '../../presenters/business-hours.presenter.ts';
import { idParams, type Route } from '../../route.ts';
import { businessHoursBody, hoursFromBody } from '../../schemas/business-hours-body.ts';

export const updateTeamBusinessHoursRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/teams/:id/business-hours', {
    config: { access: 'admin' },
    schema: {
      summary: 'Give a team business hours of its own (admins); its cases are recomputed',
      description: 'Refused as the organisation’s hours are (see updateBusinessHours), changing nothing.',
      tags: ['clocks'],
      params: idParams,
      body: businessHoursBody,
      response: { 200: teamBusinessHoursSchema },
    },
    handler: async (request) => {
      const saved = await saveTeamBusinessHours(
        ctx,
        authOf(request).actor,
        request.params.id,
        hoursFromBody(request.body),
      );
      return { hours: presentBusinessHours(saved.hours), own: saved.own };
    },
  });
};
