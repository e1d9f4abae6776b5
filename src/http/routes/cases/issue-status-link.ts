import { issueStatusLink } from '../../../app/status-page/issue-status-link.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseDetailSchema, presentCaseDetail } from '../../presenters/case.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const issueStatusLinkRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/status-link', {
    schema: {
      summary:
        'Issue a new status-page link for the case: the old link stops working at once (it shows “this link no longer works”); the answer’s statusPageUrl is the new one. Owner, supervisor or admin.',
      tags: ['cases'],
      params: idParams,
      response: { 200: caseDetailSchema },
    },
    handler: async (request) =>
      presentCaseDetail(await issueStatusLink(ctx, authOf(request).actor, request.params.id)),
  });
};
