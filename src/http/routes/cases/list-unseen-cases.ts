import { z } from 'zod';
import { listUnseenCases } from '../../../app/cases/list-unseen-cases.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseListItemSchema, presentCaseListItem } from '../../presenters/case.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

export const listUnseenCasesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/unseen', {
    schema: {
      summary:
        "The caller's active cases that became theirs and that they have not opened yet, newest first (their “New case for you” alerts)",
      tags: ['cases'],
      querystring,
      response: { 200: z.object({ cases: z.array(caseListItemSchema) }) },
    },
    handler: async (request) => ({
      cases: (await listUnseenCases(ctx, authOf(request).actor, request.query)).map(presentCaseListItem),
    }),
  });
};
