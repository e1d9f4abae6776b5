import { headerText } from './email-address.ts';

/** The font stack of every email Amends composes: the system font of whatever client opens it. */
export const EMAIL_FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

/** Subjects past this are cut: mail clients show about 60 characters, and servers dislike long lines. */
const MAX_SUBJECT = 150;

/** `text` cut to at most `max` characters, an ellipsis saying it was. */
export function cutText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A Subject header from text that may come from a customer: one line (so it cannot add a header)
 * and not too long.
 *
 * @example subjectLine('Late\r\nBcc: x@evil.test') // 'Late Bcc: x@evil.test'
 */
export function subjectLine(text: string): string {
  return cutText(headerText(text), MAX_SUBJECT);
}
