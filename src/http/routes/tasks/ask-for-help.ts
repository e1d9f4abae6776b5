import { z } from 'zod';
import { askForHelp } from '../../../app/tasks/ask-for-help.ts';
import { HELP_WHAT_MAX } from '../../../core/task/help-task.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseTaskSchema, presentCaseTask } from '../../presenters/case-task.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  /** What you need done, in a sentence or a paragraph (up to 1,000 characters). */
  what: text(HELP_WHAT_MAX, 'What is empty: say what you need done.'),
  /** The colleague asked (a user id); give this or `assigneeTeamId`, not both, and not yourself. */
  assigneeUserId: z.uuid({ error: 'Assignee user id must be a person’s id (a UUID).' }).optional(),
  /** The team asked (a team id): everyone in it sees the task, and one of them takes it. */
  assigneeTeamId: z.uuid({ error: 'Assignee team id must be a team’s id (a UUID).' }).optional(),
  /** Optional: when it is needed, a date and time with its offset, ahead and within a year. */
  dueAt: z.iso
    .datetime({
      offset: true,
      error: 'Due at must be a date and time with its offset, e.g. 2026-12-08T17:00:00Z.',
    })
    .transform((value) => new Date(value))
    .optional(),
});

export const askForHelpRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/tasks', {
    config: { idempotent: true, problems: [404, 409] },
    schema: {
      summary: 'Ask a colleague or a team for help on a case; the owner stays the owner',
      description:
        'The case owner or a supervisor creates a `help` task for a person or a team, with a `task_created` event, a `task_due` timer when `dueAt` is given, a live alert and a mail to whoever is asked. The case keeps its owner and the customer never sees the task. A closed case is refused (409 CASE_CLOSED).',
      tags: ['tasks'],
      params: idParams,
      body,
      response: { 201: caseTaskSchema },
    },
    handler: async (request, reply) => {
      const task = await askForHelp(ctx, authOf(request).actor, request.params.id, request.body);
      return reply.code(201).send(presentCaseTask(task));
    },
  });
};
