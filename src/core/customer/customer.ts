import { normalizeEmail } from '../team/user.ts';

export type Customer = {
  id: string;
  externalId: string | undefined;
  name: string;
  emails: string[];
  phones: string[];
  socialHandles: string[];
  attributes: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
};

export type CustomerDetails = {
  externalId?: string | undefined;
  name?: string | undefined;
  emails?: string[] | undefined;
  phones?: string[] | undefined;
  socialHandles?: string[] | undefined;
  attributes?: Record<string, unknown> | undefined;
};

/**
 * Merges what a caller knows about a customer into what we already know. Contact points accumulate
 * (an old email still identifies the customer), attributes are overlaid key by key, and a name is
 * replaced only when a new one is given.
 */
export function mergeCustomer(
  existing: Customer | undefined,
  incoming: CustomerDetails,
): Omit<Customer, 'id' | 'createdAt' | 'updatedAt'> {
  const emails = union(existing?.emails ?? [], (incoming.emails ?? []).map(normalizeEmail));
  const name = incoming.name?.trim() || existing?.name || emails[0] || 'Unknown customer';
  return {
    externalId: incoming.externalId ?? existing?.externalId,
    name,
    emails,
    phones: union(
      existing?.phones ?? [],
      (incoming.phones ?? []).map((p) => p.trim()),
    ),
    socialHandles: union(
      existing?.socialHandles ?? [],
      (incoming.socialHandles ?? []).map((h) => h.trim()),
    ),
    attributes: { ...(existing?.attributes ?? {}), ...(incoming.attributes ?? {}) },
  };
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b].filter((v) => v.length > 0))];
}
