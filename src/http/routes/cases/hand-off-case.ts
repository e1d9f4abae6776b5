import { z } from 'zod';
import { handOffCase } from '../../../app/cases/hand-off-case.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseDetailSchema, presentCaseDetail } from '../../presenters/case.presenter.ts';
import { idParams, type Route } from '../../route.ts';

const body = z.strictObject({
  toUserId: z.uuid(),
  /** Why the case changes hands (at least 5 characters); shown on the timeline to the next owner. */
  // Length is the hand-off rule's to judge, so an empty reason gets its plain-language answer.
  reason: z.string().max(2000),
});

export const handOffCaseRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/handoff', {
    schema: {
      summary: 'Give the case to another owner, with a written reason (counted)',
      tags: ['cases'],
      params: idParams,
      body,
      response: { 200: caseDetailSchema },
    },
    handler: async (request) =>
      presentCaseDetail(await handOffCase(ctx, authOf(request).actor, request.params.id, request.body)),
  });
};
