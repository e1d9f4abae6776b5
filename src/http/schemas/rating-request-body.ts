import { z } from 'zod';
import { text } from '../route.ts';
import { customerDetailsBody } from './customer-details.ts';

/** What makes a rating request: one customer, one touchpoint, one survey. */
export const ratingRequestBody = z.strictObject({
  /** The survey to ask; it must be active. */
  surveyId: z.uuid(),
  /** An existing customer. Give this or `customer`. */
  customerId: z.uuid().optional(),
  /** Find-or-create the customer from these details. Give this or `customerId`. */
  customer: customerDetailsBody.optional(),
  /** The kind of touchpoint, e.g. "delivery"; the survey's own when absent. */
  touchpointType: text(100).optional(),
  /** Your reference for the touchpoint, e.g. the order number "4471". */
  touchpointRef: text(200),
  /** The team that answers for this touchpoint (negative feedback goes to it). */
  teamId: z.uuid().optional(),
});
