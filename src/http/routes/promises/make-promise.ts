import { z } from 'zod';
import { makePromise } from '../../../app/promises/make-promise.ts';
import { MAX_MESSAGE_LENGTH } from '../../../core/conversation/customer-message.ts';
import { MAX_PROMISE_WHAT, PROMISE_CONFIDENCES } from '../../../core/promise/promise.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseEventSchema, presentCaseEvent } from '../../presenters/case-event.presenter.ts';
import { presentPromise, promiseSchema } from '../../presenters/promise.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  /** What we promise, in words the customer understands, e.g. "refund your order" (up to 500 characters). */
  what: text(MAX_PROMISE_WHAT, 'What is empty: say what you promise.'),
  /** When it will be done: a date and time with its offset, after now and within two years. */
  dueAt: z.iso
    .datetime({
      offset: true,
      error: 'Due at must be a date and time with its offset, e.g. 2026-12-08T17:00:00Z.',
    })
    .transform((value) => new Date(value)),
  /** `certain` (a date we commit to) or `estimate` (our best guess, said as one). */
  confidence: z.enum(PROMISE_CONFIDENCES, { error: 'Confidence must be certain or estimate.' }),
  /** Whether the customer's status page shows it. */
  customerVisible: z.boolean({ error: 'Customer visible must be true or false.' }),
  /**
   * Optional: the message to the customer that makes the promise, sent in the same transaction (as
   * POST /cases/{id}/messages would send it); both happen or neither.
   */
  message: text(MAX_MESSAGE_LENGTH, 'Write the message first.').optional(),
});

export const makePromiseRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/promises', {
    config: { idempotent: true, problems: [404, 409] },
    schema: {
      summary: 'Make a promise to the customer on a case (the owner, a supervisor or an admin)',
      description:
        'Records an open promise, its `promise_made` event and its timers (at risk at 75 % of its time, broken by itself at its due time). A resolved or closed case is refused (409 CASE_CLOSED); so is a due time in the past or more than two years ahead (400, field dueAt). With `message`, the message is sent to the customer in the same transaction.',
      tags: ['promises'],
      params: idParams,
      body,
      response: { 201: z.object({ promise: promiseSchema, message: caseEventSchema.nullable() }) },
    },
    handler: async (request, reply) => {
      const made = await makePromise(ctx, authOf(request).actor, request.params.id, request.body);
      return reply.code(201).send({
        promise: presentPromise(made.promise),
        message: made.message ? presentCaseEvent(made.message) : null,
      });
    },
  });
};
