import { saveIssueType } from '../../../app/knock-on/save-issue-type.ts';
import { authOf } from '../../plugins/auth.ts';
import { issueTypeSchema, presentIssueType } from '../../presenters/knock-on.presenter.ts';
import type { Route } from '../../route.ts';
import { issueTypeBody, issueTypeInput } from './issue-type-body.ts';

export const createIssueTypeRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/settings/issue-types', {
    config: { access: 'admin', idempotent: true },
    schema: {
      summary: 'Add an issue type with its checklist of knock-on needs (admins)',
      tags: ['settings'],
      body: issueTypeBody,
      response: { 201: issueTypeSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          presentIssueType(
            await saveIssueType(ctx, authOf(request).actor, undefined, issueTypeInput(request.body)),
          ),
        ),
  });
};
