import { z } from 'zod';
import { listMyTasks } from '../../../app/tasks/list-my-tasks.ts';
import { CASE_TASK_STATUSES } from '../../../core/task/case-task.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseTaskWithCommentsSchema, presentTaskWithComments } from '../../presenters/case-task.presenter.ts';
import type { Route } from '../../route.ts';

const myTaskSchema = caseTaskWithCommentsSchema
  .extend({
    caseNumber: z.number().int(),
    caseTitle: z.string(),
    /** The case's owner: the one who needs the help, and the customer's one contact. */
    caseOwnerId: z.string(),
  })
  .meta({ id: 'MyTask' });

export const listMyTasksRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/tasks', {
    schema: {
      summary: 'Tasks asked of me or of my teams, soonest due first (no due time last)',
      tags: ['tasks'],
      querystring: z.strictObject({
        /** open (the default) or done. */
        status: z.enum(CASE_TASK_STATUSES, { error: 'Status must be open or done.' }).optional(),
      }),
      response: { 200: z.object({ tasks: z.array(myTaskSchema) }) },
    },
    handler: async (request) => ({
      tasks: (await listMyTasks(ctx, authOf(request).actor, request.query.status)).map((entry) => ({
        ...presentTaskWithComments(entry.task),
        caseNumber: entry.caseNumber,
        caseTitle: entry.caseTitle,
        caseOwnerId: entry.caseOwnerId,
      })),
    }),
  });
};
