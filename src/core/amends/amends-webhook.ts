/** Where issued gestures are sent: the business's billing or commerce system, and the shared secret. */
export type AmendsWebhook = { url: string; secret: string };

/** The saved setting, or undefined when none (gestures are then issued by hand with a reference). */
export function resolveAmendsWebhook(value: unknown): AmendsWebhook | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { url, secret } = value as Record<string, unknown>;
  if (typeof url !== 'string' || typeof secret !== 'string' || url === '' || secret === '') return undefined;
  return { url, secret };
}

/** Why the URL or secret cannot be used, naming the field; undefined when they can. */
export function amendsWebhookProblem(input: AmendsWebhook): { field: string; reason: string } | undefined {
  let url: URL;
  try {
    url = new URL(input.url);
  } catch {
    return { field: 'url', reason: 'url must be a whole address, e.g. https://billing.example.com/amends.' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { field: 'url', reason: 'url must start with https:// (or http:// inside your own network).' };
  if (url.username || url.password)
    return {
      field: 'url',
      reason: 'url must not carry a user name or password; the signature authenticates.',
    };
  if (input.secret.length < 24)
    return { field: 'secret', reason: 'secret must be at least 24 characters; use a long random string.' };
  return undefined;
}

/** The body sent to the receiver for one gesture: what it must issue, and for whom. */
export type AmendsWebhookBody = {
  type: 'amends.issue';
  gesture: {
    id: string;
    kind: string;
    label: string;
    amountMinor: number | null;
    currency: string | null;
    code: string | null;
  };
  case: { id: string; number: number };
  customer: { id: string; externalId: string | null; name: string; email: string | null };
  requestedAt: string;
};

/** What the receiver may answer: `{ "reference": "…" }`; anything else still counts as issued (2xx). */
export function referenceFromAnswer(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object') {
      const reference = (parsed as Record<string, unknown>).reference;
      if (typeof reference === 'string' && reference.trim() !== '') return reference.trim().slice(0, 200);
    }
  } catch {
    // Not JSON: issued, with no reference of theirs.
  }
  return undefined;
}
