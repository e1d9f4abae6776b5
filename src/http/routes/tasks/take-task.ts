import { takeTask } from '../../../app/tasks/take-task.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseTaskSchema, presentCaseTask } from '../../presenters/case-task.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const takeTaskRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/tasks/:id/take', {
    config: { problems: [404, 409] },
    schema: {
      summary: "Take a team's task (I'll take it): it becomes mine; the team stays named",
      tags: ['tasks'],
      params: idParams,
      response: { 200: caseTaskSchema },
    },
    handler: async (request) =>
      presentCaseTask(await takeTask(ctx, authOf(request).actor, request.params.id)),
  });
};
