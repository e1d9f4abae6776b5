/**
 * Text PostgreSQL can store. A `text` value cannot hold NUL (U+0000), and UTF-8 cannot encode half
 * of a surrogate pair (`\ud800` alone, which JSON and form decoding happily produce): PostgreSQL
 * refuses both, so one of them anywhere in a statement failed the whole request with a 500.
 * Nothing a person means is lost by refusing them — neither draws a character — so the API refuses
 * them by name, and a customer's own words keep everything else (see {@link toStorableText}).
 */

/** What the API says about such a value. */
export const UNSTORABLE_TEXT_MESSAGE =
  'contains a NUL character or an unpaired surrogate, which cannot be stored; remove it and send the text again';

/** True when PostgreSQL can store the text as it is. */
export function isStorableText(value: string): boolean {
  return value.isWellFormed() && !value.includes('\0');
}

/**
 * The text with each NUL and each unpaired surrogate replaced by U+FFFD (the replacement character
 * a decoder shows for bytes it cannot read), for text we keep rather than refuse: a customer's
 * comment is worth more than one invisible character in it.
 *
 * @example toStorableText('late\u0000 again') // 'late\ufffd again'
 */
export function toStorableText(value: string): string {
  return isStorableText(value) ? value : value.replaceAll('\0', '\ufffd').toWellFormed();
}

/**
 * Where the first unstorable text sits in a parsed request part (a body, a query, the path's
 * parameters): the keys down to it, a key itself included. A string is searched line by line, so a
 * CSV upload names its line. Undefined when everything can be stored.
 *
 * @example findUnstorableText({ customer: { name: 'A\u0000' } }) // ['customer', 'name']
 * @example findUnstorableText('email\nann@x\u0000') // ['line 2']
 */
export function findUnstorableText(value: unknown): string[] | undefined {
  if (typeof value === 'string') {
    if (isStorableText(value)) return undefined;
    if (!value.includes('\n')) return [];
    const line = value.split('\n').findIndex((text) => !isStorableText(text));
    // A surrogate pair cannot span a line break, so some line holds the fault.
    return [`line ${line + 1}`];
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const inner = findUnstorableText(item);
      if (inner) return [String(index), ...inner];
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isStorableText(key)) return [toStorableText(key)];
      const inner = findUnstorableText(item);
      if (inner) return [key, ...inner];
    }
  }
  return undefined;
}
