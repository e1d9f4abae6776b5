import { z } from 'zod';
import { commentOnTask } from '../../../app/tasks/comment-on-task.ts';
import { TASK_COMMENT_MAX } from '../../../core/task/help-task.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseTaskCommentSchema, presentCaseTaskComment } from '../../presenters/case-task.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

export const commentOnTaskRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/tasks/:id/comments', {
    config: { idempotent: true, problems: [404] },
    schema: {
      summary: 'Comment on a task (the people asked, the case owner or a supervisor); internal',
      tags: ['tasks'],
      params: idParams,
      body: z.strictObject({
        /** A question, an answer, progress (up to 5,000 characters). Never shown to the customer. */
        body: text(TASK_COMMENT_MAX, 'Write the comment first.'),
      }),
      response: { 201: caseTaskCommentSchema },
    },
    handler: async (request, reply) => {
      const comment = await commentOnTask(ctx, authOf(request).actor, request.params.id, request.body);
      return reply.code(201).send(presentCaseTaskComment(comment));
    },
  });
};
