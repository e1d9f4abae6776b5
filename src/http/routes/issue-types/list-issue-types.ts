import { z } from 'zod';
import { listIssueTypes } from '../../../app/knock-on/list-issue-types.ts';
import { issueTypeSchema, presentIssueType } from '../../presenters/knock-on.presenter.ts';
import type { Route } from '../../route.ts';

export const listIssueTypesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/issue-types', {
    schema: {
      summary: 'The issue types and their checklists of knock-on needs (live first, then archived)',
      tags: ['cases'],
      response: { 200: z.object({ issueTypes: z.array(issueTypeSchema) }) },
    },
    handler: async () => ({ issueTypes: (await listIssueTypes(ctx)).map(presentIssueType) }),
  });
};
