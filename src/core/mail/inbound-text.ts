import { MAX_MESSAGE_LENGTH } from '../conversation/customer-message.ts';
import { headerText } from './email-address.ts';

/** The longest case title (as the API's open-case route allows). */
const MAX_TITLE_LENGTH = 200;
/** Reply and forward prefixes mail clients add, in the languages they speak. */
const REPLY_PREFIX =
  /^\s*((re|fw|fwd|aw|wg|sv|vs|vb|tr|rv|res|enc|antw|doorst|odp|přeposlat|ynt)\s*(\[\d+\])?\s*:\s*)+/i;

/**
 * A case title from a subject: one line (line breaks and control characters gone, so no header can
 * be smuggled into the mail that later carries it), without Re:/Fwd: prefixes, at most 200 characters.
 * An empty subject becomes "Email from <address>".
 *
 * @example titleFromSubject('Re: Fwd: Broken vase\r\nBcc: x@evil.test', 'ann@example.com') // 'Broken vase Bcc: x@evil.test'
 */
export function titleFromSubject(subject: string | undefined, senderAddress: string | undefined): string {
  const line = headerText(subject ?? '')
    .replace(REPLY_PREFIX, '')
    .trim();
  const title = line || `Email from ${senderAddress ?? 'an unknown sender'}`;
  return title.length > MAX_TITLE_LENGTH ? `${title.slice(0, MAX_TITLE_LENGTH - 1)}…` : title;
}

/** A sender's display name as a customer name: one line, at most 200 characters; undefined when blank. */
export function nameFromSender(name: string | undefined): string | undefined {
  const line = headerText(name ?? '');
  return line ? line.slice(0, MAX_TITLE_LENGTH) : undefined;
}

/**
 * The words a timeline event keeps: the visible reply, at most MAX_MESSAGE_LENGTH characters (a 1 MB
 * reply is cut with an ellipsis; the whole message stays viewable from the event).
 */
export function messageBodyOf(visible: string): { body: string; cut: boolean } {
  const text = visible.trim();
  if (text.length <= MAX_MESSAGE_LENGTH) return { body: text, cut: false };
  return { body: `${text.slice(0, MAX_MESSAGE_LENGTH - 1)}…`, cut: true };
}

/**
 * The story of a case a mail opens: the customer's visible words, else the subject (an empty mail
 * with an attachment still says what it is about), else a plain note that the mail had no text.
 */
export function storyOf(body: string, subject: string | undefined): string {
  return body || headerText(subject ?? '') || '(The email had no text.)';
}
