import { hash, timingSafeEqual } from 'node:crypto';

/**
 * Rating links carry a signed token: `<key>.<score>.<signature>`. The key is 128 random bits that
 * name one rating request (nothing sequential to enumerate); the signature (HMAC-SHA256 over key
 * and score, truncated to 128 bits) means a changed score or a made-up key is refused before any
 * database work. One link per score, so a click is the answer.
 */
export type RatingLink = { key: string; score: number };

const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const SIGNATURE_BYTES = 16;

function sign(secret: string, purpose: string, key: string, value: string): string {
  return hmacSha256(secret, `${purpose}:${key}:${value}`).subarray(0, SIGNATURE_BYTES).toString('base64url');
}

const BLOCK_BYTES = 64;
let pads: { secret: string; inner: Buffer; outer: Buffer } | undefined;

/**
 * HMAC-SHA256 (RFC 2104) as two one-shot hashes over the key's inner and outer pads, which are
 * computed once per secret: createHmac sets up a MAC context on every call, and that was ~15 % of
 * the app's CPU time per rating click (profiled under `npm run bench -- ratings`). Same bytes as
 * createHmac (tested against it).
 */
export function hmacSha256(secret: string, message: string): Buffer {
  if (pads?.secret !== secret) {
    let keyBytes = Buffer.from(secret);
    if (keyBytes.length > BLOCK_BYTES) keyBytes = hash('sha256', keyBytes, 'buffer');
    const block = Buffer.alloc(BLOCK_BYTES);
    keyBytes.copy(block);
    pads = {
      secret,
      inner: Buffer.from(block.map((byte) => byte ^ 0x36)),
      outer: Buffer.from(block.map((byte) => byte ^ 0x5c)),
    };
  }
  const inner = hash('sha256', Buffer.concat([pads.inner, Buffer.from(message)]), 'buffer');
  return hash('sha256', Buffer.concat([pads.outer, inner]), 'buffer');
}

function verifySignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token for one score's link. */
export function signRatingToken(secret: string, link: RatingLink): string {
  return `${link.key}.${link.score}.${sign(secret, 'rate', link.key, String(link.score))}`;
}

/** The link's key and score, or undefined when the token is malformed or its signature is wrong. */
export function verifyRatingToken(secret: string, token: string): RatingLink | undefined {
  const [key, scoreText, signature, ...rest] = token.split('.');
  if (
    rest.length > 0 ||
    !key ||
    !scoreText ||
    !signature ||
    !KEY_PATTERN.test(key) ||
    !/^\d{1,2}$/.test(scoreText)
  )
    return undefined;
  if (!verifySignature(sign(secret, 'rate', key, scoreText), signature)) return undefined;
  return { key, score: Number(scoreText) };
}

/** The token of a request's comment form and its unsubscribe link: the key, signed for that purpose. */
export function signRequestToken(secret: string, purpose: 'comment' | 'unsubscribe', key: string): string {
  return `${key}.${sign(secret, purpose, key, '')}`;
}

export function verifyRequestToken(
  secret: string,
  purpose: 'comment' | 'unsubscribe',
  token: string,
): string | undefined {
  const [key, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !key || !signature || !KEY_PATTERN.test(key)) return undefined;
  return verifySignature(sign(secret, purpose, key, ''), signature) ? key : undefined;
}
