import { saveBusinessHours } from '../../../app/business-hours/save-business-hours.ts';
import { authOf } from '../../plugins/auth.ts';
import { businessHoursSchema, presentBusinessHours } from '../../presenters/business-hours.presenter.ts';
import type { Route } from '../../route.ts';
import { businessHoursBody, hoursFromBody } from '../../schemas/business-hours-body.ts';

export const updateBusinessHoursRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/business-hours', {
    config: { access: 'admin' },
    schema: {
      summary:
        'Replace the organisation’s business hours (admins); the cases counting in them are recomputed',
      description:
        'Refused with 400, changing nothing, for an unknown time zone or holiday country/region, a time not HH:mm, spans out of order, overlapping or crossing midnight, a week with no open time, or a day off that is not a date.',
      tags: ['clocks'],
      body: businessHoursBody,
      response: { 200: businessHoursSchema },
    },
    handler: async (request) =>
      presentBusinessHours(await saveBusinessHours(ctx, authOf(request).actor, hoursFromBody(request.body))),
  });
};
