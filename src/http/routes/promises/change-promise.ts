import { z } from 'zod';
import { changePromise } from '../../../app/promises/change-promise.ts';
import { MAX_MESSAGE_LENGTH } from '../../../core/conversation/customer-message.ts';
import { MAX_PROMISE_WHAT, PROMISE_CONFIDENCES } from '../../../core/promise/promise.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { presentPromise, promiseSchema } from '../../presenters/promise.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  /**
   * `kept`, `broken` (said before its time runs out), or `renegotiated`: replaced by a new open promise
   * due at `dueAt`, told to the customer in `message`, which must state the new date.
   */
  state: z.enum(['kept', 'broken', 'renegotiated'], { error: 'State must be kept, broken or renegotiated.' }),
  /** With renegotiated: the new due time (after now, within two years). */
  dueAt: z.iso
    .datetime({
      offset: true,
      error: 'Due at must be a date and time with its offset, e.g. 2026-12-08T17:00:00Z.',
    })
    .transform((value) => new Date(value))
    .optional(),
  /** With renegotiated: the message to the customer, stating the new date; sent in the same transaction. */
  message: z.string().max(MAX_MESSAGE_LENGTH).optional(),
  /** With renegotiated: the new promise's words, when they change. */
  what: text(MAX_PROMISE_WHAT).optional(),
  /** With renegotiated: the new promise's confidence, when it changes. */
  confidence: z.enum(PROMISE_CONFIDENCES, { error: 'Confidence must be certain or estimate.' }).optional(),
});

export const changePromiseRoute: Route = (api, { ctx }) => {
  api.patch('/api/v1/promises/:id', {
    config: { problems: [404, 409] },
    schema: {
      summary: 'Mark a promise kept or broken, or renegotiate it with a message to the customer',
      description:
        'Only an open promise changes (409 PROMISE_NOT_OPEN). Renegotiating needs `dueAt` and a `message` that states the new date (400, field message); the message is sent, the promise becomes renegotiated and a new open promise replaces it, all in one transaction. Answers with the promise, its replacement and the message (null when there is none).',
      tags: ['promises'],
      params: idParams,
      body,
      response: {
        200: z.object({
          promise: promiseSchema,
          replacement: promiseSchema.nullable(),
          message: caseEventSchema.nullable(),
        }),
      },
    },
    handler: async (request) => {
      const changed = await changePromise(ctx, authOf(request).actor, request.params.id, request.body);
      return {
        promise: presentPromise(changed.promise),
        replacement: changed.replacement ? presentPromise(changed.replacement) : null,
        message: changed.message ? presentCaseEvent(changed.message) : null,
      };
    },
  });
};
