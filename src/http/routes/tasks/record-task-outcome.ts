import { z } from 'zod';
import { recordTaskOutcome } from '../../../app/tasks/record-task-outcome.ts';
import { TASK_OUTCOME_MAX } from '../../../core/task/case-task.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseTaskSchema, presentCaseTask } from '../../presenters/case-task.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  /** How it went: reached or not, how the customer feels now, anything promised. Marks the task done. */
  outcome: text(TASK_OUTCOME_MAX, 'Write the outcome first.'),
});

export const recordTaskOutcomeRoute: Route = (api, { ctx }) => {
  api.patch('/api/v1/tasks/:id', {
    config: { problems: [409] },
    schema: {
      summary: 'Record how a task went (the follow-up call, a request for help) and mark it done',
      tags: ['cases'],
      params: idParams,
      body,
      response: { 200: caseTaskSchema },
    },
    handler: async (request) =>
      presentCaseTask(await recordTaskOutcome(ctx, authOf(request).actor, request.params.id, request.body)),
  });
};
