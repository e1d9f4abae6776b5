import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signature on every amends webhook (docs/amends-webhook.md): HMAC-SHA256, keyed by the shared
 * secret, over `<timestamp>.<body>` (the Unix time in seconds, a dot, the exact bytes sent), sent as
 * `Amends-Signature: t=<timestamp>,v1=<hex>`. The timestamp inside the signed text stops a captured
 * request from being replayed later; receivers refuse ones older than a few minutes.
 */
export const SIGNATURE_HEADER = 'Amends-Signature';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function signWebhook(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}

/** What a receiver does (and our tests do): true when the header signs this body, recently. */
export function verifyWebhook(secret: string, body: string, header: string, now: Date): boolean {
  const parts = new Map(header.split(',').map((part) => part.trim().split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(v1)) return false;
  if (Math.abs(now.getTime() / 1000 - t) > SIGNATURE_TOLERANCE_SECONDS) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(v1, 'hex'));
}
