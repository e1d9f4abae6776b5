import { z } from 'zod';
import type { Customer } from '../../core/customer/customer.ts';

export const customerSchema = z
  .object({
    id: z.uuid(),
    externalId: z.string().nullable(),
    name: z.string(),
    emails: z.array(z.string()),
    phones: z.array(z.string()),
    socialHandles: z.array(z.string()),
    attributes: z.record(z.string(), z.unknown()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Customer' });

export function presentCustomer(customer: Customer): z.infer<typeof customerSchema> {
  return {
    id: customer.id,
    externalId: customer.externalId ?? null,
    name: customer.name,
    emails: customer.emails,
    phones: customer.phones,
    socialHandles: customer.socialHandles,
    attributes: customer.attributes,
    createdAt: customer.createdAt.toISOString(),
    updatedAt: customer.updatedAt.toISOString(),
  };
}
