import { z } from 'zod';
import { requestGesture } from '../../../app/amends/request-gesture.ts';
import { AppError } from '../../../core/shared/app-error.ts';
import { authOf } from '../../plugins/auth.ts';
import { gestureSchema, presentGesture } from '../../presenters/amends.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

// Types only bound the body (a string amount, a float): the rules and their sentences are
// core/amends (authority.ts#requestProblem), so "12.5" and -3 get the same clear refusal.
const body = z.strictObject({
  /** The catalogue entry (GET /api/v1/amends/catalogue). */
  gestureTypeId: z.uuid({ error: 'Choose a gesture from the catalogue: gestureTypeId is its id.' }),
  /** Whole minor units of `currency`: 1250 is 12.50 EUR. Absent for gestures without money. */
  amountMinor: z
    .number({ error: "amountMinor must be a whole number of the currency's minor unit." })
    .optional(),
  /** ISO 4217, in capitals (EUR). */
  currency: z.string().max(10).optional(),
  /** Why, for the supervisor when it needs approval. */
  reason: text(2000).optional(),
  /** Already issued by hand: its reference (then no webhook is called). */
  reference: text(200).optional(),
});

export const requestAmendsRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/cases/:id/amends', {
    config: { idempotent: true },
    schema: {
      summary: 'Offer amends on a case: issued at once within your limits, else an approval request',
      description:
        'Needs an Idempotency-Key: however many times one click arrives, the case gets one gesture. 201 `issued`/`issuing`/`approved` (to issue by hand) within your authority; 202 `pending_approval` with the reasons otherwise.',
      tags: ['amends'],
      params: idParams,
      body,
      response: {
        201: z.object({ gesture: gestureSchema, reasons: z.array(z.string()) }),
        202: z.object({ gesture: gestureSchema, reasons: z.array(z.string()) }),
      },
    },
    handler: async (request, reply) => {
      const { actor } = authOf(request);
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || key.trim() === '')
        throw new AppError(
          'VALIDATION_FAILED',
          'Idempotency-Key: send a key with each offer (one per click), so a double click makes one gesture.',
          { field: 'Idempotency-Key' },
        );
      const result = await requestGesture(ctx, actor, request.params.id, {
        gestureTypeId: request.body.gestureTypeId,
        amountMinor: request.body.amountMinor,
        currency: request.body.currency,
        reason: request.body.reason,
        reference: request.body.reference,
        idempotencyKey: `${actor.userId}:${key}`,
      });
      return reply.code(result.gesture.state === 'pending_approval' ? 202 : 201).send({
        gesture: presentGesture(result.gesture),
        reasons: result.reasons.map((reason) => reason.message),
      });
    },
  });
};
