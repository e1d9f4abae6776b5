import { z } from 'zod';
import { setCaseIssueTypeOf } from '../../../app/knock-on/set-case-issue-type.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseKnockOnNeedsSchema, presentCaseKnockOnNeeds } from '../../presenters/knock-on.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const setCaseIssueTypeRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/cases/:id/issue-type', {
    schema: {
      summary: 'Say what kind of problem the case is: its checklist of knock-on needs shows on the case',
      tags: ['cases'],
      params: idParams,
      /** `issueTypeId`: a live issue type, or null for none. */
      body: z.strictObject({ issueTypeId: z.uuid().nullable() }),
      response: { 200: caseKnockOnNeedsSchema },
    },
    handler: async (request) =>
      presentCaseKnockOnNeeds(
        await setCaseIssueTypeOf(
          ctx,
          authOf(request).actor,
          request.params.id,
          request.body.issueTypeId ?? undefined,
        ),
      ),
  });
};
