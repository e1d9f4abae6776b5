import { z } from 'zod';
import { listFeedback } from '../../../app/feedback/list-feedback.ts';
import { feedbackEntrySchema, presentFeedbackEntry } from '../../presenters/feedback.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Page back: answers older than this answer id (the previous page's `nextBefore`). */
  before: z.coerce.number().int().min(1).optional(),
});

export const listFeedbackRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/feedback', {
    schema: {
      summary: 'The latest rating answers, newest first, with customer, touchpoint, comments and case',
      tags: ['feedback'],
      querystring,
      response: {
        200: z.object({
          entries: z.array(feedbackEntrySchema),
          /** Pass as `before` for older answers; null on the last page. */
          nextBefore: z.number().int().nullable(),
        }),
      },
    },
    handler: async (request) => {
      const page = await listFeedback(ctx, request.query);
      return { entries: page.entries.map(presentFeedbackEntry), nextBefore: page.nextBefore ?? null };
    },
  });
};
