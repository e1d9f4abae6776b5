import { EMAIL_FONT } from '../mail/email-text.ts';
import { readableTextOn } from '../shared/contrast.ts';
import { escapeHtml } from '../shared/escape-html.ts';

/** One answer as the customer sees it in an email: its look and the signed link that records it. */
export type SnippetPoint = { label: string; colour: string; icon: string; url: string };

export type RatingSnippet = { html: string; text: string };

const DARK = '#1F2328';
/** Used when a colour is not #RRGGBB: a colour goes into a style attribute, so only hex gets there. */
const FALLBACK_COLOUR = '#5F6B7A';
const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * The rating question and its answers, to paste into any email the business already sends
 * (receipts, ticket replies, signatures), as HTML and as plain text.
 *
 * The HTML is one `<table role="presentation">` with inline styles only: no `<style>`, classes,
 * scripts or images, so it survives mail clients that strip them and reads the same with images
 * off (the icons are characters, the colours are cell backgrounds). Each answer is a
 * "bulletproof button": a cell with padding and both the `bgcolor` attribute (Outlook) and a
 * `background-color` style, around a link that carries the label as text and `title`. The answer
 * cells are inline blocks, so on a phone they wrap onto new lines instead of squeezing; Outlook on
 * the desktop ignores that and keeps them in one row. Every text and URL is escaped.
 *
 * @example renderRatingSnippet({ question: 'How did we do?', points: [{ label: 'Excellent',
 *   colour: '#C9A227', icon: '★', url: 'https://amends.example/r/…' }, …] }).text
 * // 'How did we do?\n\nExcellent: https://amends.example/r/…\n…'
 */
export function renderRatingSnippet(input: {
  question: string;
  points: readonly SnippetPoint[];
}): RatingSnippet {
  for (const point of input.points) assertWebUrl(point.url);
  const cells = input.points.map(answerCell).join('');
  const html =
    `<table role="presentation" border="0" cellpadding="0" cellspacing="0" ` +
    `style="border-collapse:separate;margin:0;padding:0;width:100%;max-width:600px;font-family:${EMAIL_FONT};">` +
    `<tr><td colspan="${Math.max(input.points.length, 1)}" ` +
    `style="padding:0 0 12px 0;font-family:${EMAIL_FONT};font-size:16px;line-height:22px;font-weight:bold;color:${DARK};">` +
    `${escapeHtml(input.question)}</td></tr>` +
    `<tr>${cells}</tr>` +
    `</table>`;
  const text = [input.question, '', ...input.points.map((p) => `${p.label}: ${p.url}`)].join('\n');
  return { html, text };
}

function answerCell(point: SnippetPoint): string {
  const colour = HEX_COLOUR.test(point.colour) ? point.colour : FALLBACK_COLOUR;
  const ink = readableTextOn(colour);
  const label = escapeHtml(point.label);
  const icon = escapeHtml(point.icon);
  const url = escapeHtml(point.url);
  return (
    `<td bgcolor="${colour}" align="center" valign="middle" ` +
    `style="display:inline-block;background-color:${colour};border-radius:6px;padding:10px 14px;` +
    `margin:0 6px 6px 0;text-align:center;vertical-align:middle;">` +
    `<a href="${url}" title="${label}" target="_blank" rel="noopener" ` +
    `style="display:block;color:${ink};text-decoration:none;font-family:${EMAIL_FONT};font-size:15px;` +
    `line-height:20px;font-weight:bold;white-space:normal;">` +
    `${point.icon.trim() === point.label.trim() ? '' : `<span aria-hidden="true">${icon}</span>&nbsp;`}` +
    `${label}</a></td>`
  );
}

/** Refuses anything but an http(s) URL: a `javascript:` link must never reach a customer's inbox. */
function assertWebUrl(url: string): void {
  if (!/^https?:\/\/[^\s]+$/i.test(url))
    throw new TypeError(`A rating link must be an http(s) URL, not ${url}`);
}
