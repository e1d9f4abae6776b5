/** The longest address SMTP carries (RFC 5321: a path of at most 256 octets, so 254 for the address). */
const MAX_EMAIL_LENGTH = 254;
/** RFC 5321's limit on the part before the @. */
const MAX_LOCAL_LENGTH = 64;
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const DOMAIN_LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * True for an address we are willing to mail: a dot-atom local part (no quoted forms, no spaces,
 * no angle brackets or commas that could smuggle in a second recipient) at a domain of at least two
 * labels. Internationalised domains must come in their xn-- form. Stricter than RFC 5322 on
 * purpose: a list upload is no place for exotic addresses, and a refused line is reported.
 *
 * @example isEmailAddress('ann.lee+orders@example.co.uk') // true
 * @example isEmailAddress('ann@localhost') // false: no dot in the domain
 */
export function isEmailAddress(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL.test(local)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label));
}

/**
 * Text that is safe as a mail header value: line breaks and other control characters (C0, DEL, the C1
 * range with U+0085 NEXT LINE, the Unicode line and paragraph separators) become spaces, so a customer
 * name like "Eve\r\nBcc: x@evil.test" stays one header and adds none.
 *
 * @example headerText('Eve\r\nBcc: x@evil.test') // 'Eve Bcc: x@evil.test'
 */
export function headerText(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
