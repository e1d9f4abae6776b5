import { z } from 'zod';
import { startBlast } from '../../../app/blasts/start-blast.ts';
import { MAX_CSV_BYTES, MAX_RECIPIENTS } from '../../../core/blast/recipient-rows.ts';
import { authOf } from '../../plugins/auth.ts';
import { blastStartedSchema, presentBlastStarted } from '../../presenters/blast.presenter.ts';
import type { Route } from '../../route.ts';
import { blastFields } from '../../schemas/blast-fields.ts';

/** Generous bounds on each field: the row rules judge them and report the row, not the whole list. */
const field = z.string().max(1000);

const body = z.strictObject({
  ...blastFields,
  /** The customers to ask. Each is found by external id or email, or created. */
  recipients: z
    .array(
      z.strictObject({
        /** Required; a bad or repeated address refuses the row, not the list. */
        email: field,
        name: field.optional(),
        /** Your id for the customer; matches an existing customer first. */
        externalId: field.optional(),
        /** What they are asked about, e.g. an order number; defaults to the blast. */
        touchpointRef: field.optional(),
      }),
    )
    .min(1)
    .max(MAX_RECIPIENTS),
});

export const startBlastRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/blasts', {
    config: { access: 'supervisor' },
    bodyLimit: MAX_CSV_BYTES,
    schema: {
      summary:
        'Send a survey to a list of customers (supervisors); unsubscribed and bounced addresses are skipped',
      tags: ['blasts'],
      body,
      response: { 201: blastStartedSchema },
    },
    handler: async (request, reply) => {
      const { recipients, ...rest } = request.body;
      const started = await startBlast(ctx, authOf(request).actor, {
        ...rest,
        recipients: recipients.map((recipient, i) => ({ line: i + 1, ...recipient })),
      });
      return reply.code(201).send(presentBlastStarted(started));
    },
  });
};
