import { z } from 'zod';
import { listCaseTasks } from '../../../app/tasks/list-case-tasks.ts';
import { caseTaskWithCommentsSchema, presentTaskWithComments } from '../../presenters/case-task.presenter.ts';
import { caseRefParams, type Route } from '../../route.ts';

export const listCaseTasksRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/:id/tasks', {
    schema: {
      summary: "The case's tasks (the follow-up call, requests for help) with their comments, oldest first",
      tags: ['cases'],
      params: caseRefParams,
      response: { 200: z.object({ tasks: z.array(caseTaskWithCommentsSchema) }) },
    },
    handler: async (request) => ({
      tasks: (await listCaseTasks(ctx, request.params.id)).map(presentTaskWithComments),
    }),
  });
};
