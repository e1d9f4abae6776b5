import { saveIssueType } from '../../../app/knock-on/save-issue-type.ts';
import { authOf } from '../../plugins/auth.ts';
import { issueTypeSchema, presentIssueType } from '../../presenters/knock-on.presenter.ts';
import { idParams, type Route } from '../../route.ts';
import { issueTypeBody, issueTypeInput } from './issue-type-body.ts';

export const updateIssueTypeRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/issue-types/:id', {
    config: { access: 'admin', problems: [409] },
    schema: {
      summary: 'Rename, archive or restore an issue type and save its whole checklist, in order (admins)',
      tags: ['settings'],
      params: idParams,
      body: issueTypeBody,
      response: { 200: issueTypeSchema },
    },
    handler: async (request) =>
      presentIssueType(
        await saveIssueType(ctx, authOf(request).actor, request.params.id, issueTypeInput(request.body)),
      ),
  });
};
