import { z } from 'zod';
import { MAX_RECIPIENTS } from '../../core/blast/recipient-rows.ts';
import { blastFields } from './blast-fields.ts';

/** Generous bounds on each field: the row rules judge them and report the row, not the whole list. */
const field = z.string().max(1000);

/** A blast as JSON: what it is and its list. */
export const blastBody = z.strictObject({
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
