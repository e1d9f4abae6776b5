import { z } from 'zod';

/** What a caller may tell us about a customer; matched by external id, else by any email. */
export const customerDetailsBody = z.strictObject({
  /** The customer's id in your own systems (CRM, billing). */
  externalId: z.string().trim().min(1).max(200).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  emails: z
    .array(z.email({ error: 'Write the email address in full, like name@example.com.' }).max(320))
    .max(20)
    .optional(),
  phones: z.array(z.string().trim().min(3).max(40)).max(20).optional(),
  /** e.g. "@jane" on a named network: "twitter:@jane". */
  socialHandles: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  /** Free-form facts (plan, lifetime value, segment). Merged key by key. */
  attributes: z
    .record(z.string().max(100), z.unknown())
    .refine((value) => Object.keys(value).length <= 100, 'Give at most 100 attributes.')
    .optional(),
});
