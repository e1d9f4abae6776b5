import { getCaseKnockOnNeeds } from '../../../app/knock-on/get-case-knock-on-needs.ts';
import { caseKnockOnNeedsSchema, presentCaseKnockOnNeeds } from '../../presenters/knock-on.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getCaseKnockOnNeedsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/knock-on-needs', {
    schema: {
      summary: "The case's issue type and its knock-on needs, each with the customer's answer once asked",
      tags: ['cases'],
      params: idParams,
      response: { 200: caseKnockOnNeedsSchema },
    },
    handler: async (request) => presentCaseKnockOnNeeds(await getCaseKnockOnNeeds(ctx, request.params.id)),
  });
};
