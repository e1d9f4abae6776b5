import { timingSafeEqual } from 'node:crypto';
import { hmacSha256 } from '../rating/rating-link.ts';

/**
 * How a customer reaches their case without an account: a private status page and a reply address.
 * Each carries one of the case's two random keys (128 bits, hex) with an HMAC of it, so a made-up or
 * altered token is refused before any database work, and another case's key cannot be reused with a
 * forged signature. The status page's key is replaced when the business revokes its link; the reply
 * key never changes, so a customer answering an old mail still reaches the case.
 */
const KEY_PATTERN = /^[0-9a-f]{32}$/;

/** `<status key>.<signature>`, the last part of /s/…; base64url, as URLs keep case. */
export function signStatusToken(secret: string, statusKey: string): string {
  return `${statusKey}.${statusSignature(secret, statusKey)}`;
}

/** The status key a token names, or undefined when it is malformed or its signature is wrong. */
export function verifyStatusToken(secret: string, token: string): string | undefined {
  const [key, signature, ...rest] = token.split('.');
  if (rest.length > 0 || !key || !signature || !KEY_PATTERN.test(key)) return undefined;
  return sameText(statusSignature(secret, key), signature) ? key : undefined;
}

/** The customer's private page for their case, e.g. https://amends.example.com/s/3f…a1.Xy… */
export function statusPageUrl(publicUrl: string, secret: string, statusKey: string): string {
  return `${publicUrl}/s/${signStatusToken(secret, statusKey)}`;
}

/**
 * The case's reply address: the business's reply mailbox with a plus tag, e.g.
 * `support+3f…a1-9c0e…@example.com`. Lower-case hex only, because mail systems may change the case
 * of an address's local part.
 */
export function replyAddressFor(secret: string, replyMailbox: string, replyKey: string): string {
  const at = replyMailbox.lastIndexOf('@');
  const local = replyMailbox.slice(0, at).split('+')[0];
  return `${local}+${replyKey}-${replySignature(secret, replyKey)}${replyMailbox.slice(at)}`;
}

/** The reply key in an address we gave out (any case), or undefined when it is not one of ours. */
export function readReplyAddress(secret: string, address: string): string | undefined {
  const match = /^[^@+]+\+([0-9a-f]{32})-([0-9a-f]{16})@[^@]+$/.exec(address.trim().toLowerCase());
  if (!match) return undefined;
  const [, key = '', signature = ''] = match;
  return sameText(replySignature(secret, key), signature) ? key : undefined;
}

function statusSignature(secret: string, key: string): string {
  return hmacSha256(secret, `status:${key}`).subarray(0, 16).toString('base64url');
}

function replySignature(secret: string, key: string): string {
  return hmacSha256(secret, `reply:${key}`).subarray(0, 8).toString('hex');
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
