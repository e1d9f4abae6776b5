import { z } from 'zod';
import { answerKnockOnNeed } from '../../../app/knock-on/answer-knock-on-need.ts';
import { NEED_ANSWERS, NEED_NOTE_MAX } from '../../../core/knock-on/need-answer.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseKnockOnNeedsSchema, presentCaseKnockOnNeeds } from '../../presenters/knock-on.presenter.ts';
import type { Route } from '../../route.ts';

const params = z.strictObject({
  id: z.uuid({ error: 'The case in the address must be an id (a UUID).' }),
  needId: z.uuid({ error: 'The need in the address must be an id (a UUID).' }),
});

const body = z.strictObject({
  /** What the customer said: needed (a referral task to its partner, or the owner's note) or not needed. */
  answer: z.enum(NEED_ANSWERS),
  /** The owner's words: required for a needed need with no partner (what they will do about it). */
  note: z
    .string()
    .max(NEED_NOTE_MAX * 2)
    .optional(),
});

export const answerKnockOnNeedRoute: Route = (api, { ctx }) => {
  // No Idempotency-Key: the answer is keyed by itself (one per case and need), so a retry or a double
  // click finds the first answer and gets it back, whatever key it carries.
  api.post('/api/v1/cases/:id/knock-on-needs/:needId', {
    config: { problems: [409] },
    schema: {
      summary:
        'Record whether the customer needs a knock-on need, once: needed with a partner becomes a referral task',
      tags: ['cases'],
      params,
      body,
      response: { 200: caseKnockOnNeedsSchema },
    },
    handler: async (request) =>
      presentCaseKnockOnNeeds(
        await answerKnockOnNeed(
          ctx,
          authOf(request).actor,
          request.params.id,
          request.params.needId,
          request.body,
        ),
      ),
  });
};
