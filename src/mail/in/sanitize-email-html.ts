import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from '../../core/mail/inbound-email.ts';

/**
 * A customer's HTML made safe to show (sanitize-html, a maintained allow-list sanitiser): no scripts,
 * event handlers, forms, frames, styles or `javascript:` links; images only when they are inside the
 * mail (data:image URLs), because a remote image would tell its sender when and where the mail was
 * read — and a relative one would make the console request a path of its own server, which a frame
 * showing a mail resolves against. Links only to absolute http(s) and mailto addresses.
 * The console still shows the result in a frame sandboxed with no permissions.
 */
export function sanitizeEmailHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img', 'font', 'center'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'width', 'height'],
      td: ['colspan', 'rowspan', 'align', 'valign'],
      th: ['colspan', 'rowspan', 'align', 'valign'],
      font: ['color'],
      '*': ['dir', 'lang'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['data'] },
    allowProtocolRelative: false,
    // Past the depth htmlOverLimits refuses; kept here too, so no caller can send deeper HTML through.
    nestingLimit: MAX_HTML_DEPTH,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...only(attribs, 'href', /^\s*(https?|mailto):/i), rel: 'noopener noreferrer' },
      }),
      img: (tagName, attribs) => ({ tagName, attribs: only(attribs, 'src', /^\s*data:image\//i) }),
    },
  });
}

/** The attributes without `name` unless its value matches `allowed` (a relative URL does not). */
function only(attribs: Record<string, string>, name: string, allowed: RegExp): Record<string, string> {
  const { [name]: value, ...rest } = attribs;
  return value !== undefined && allowed.test(value) ? { ...rest, [name]: value } : rest;
}

/** Elements that never hold others, so never deepen the nesting. */
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Why this HTML is too much to sanitise and show (core/mail/inbound-email.ts#MAX_HTML_DEPTH and
 * MAX_HTML_ELEMENTS), or undefined when it is not. One pass of htmlparser2 (linear in the length), and
 * it stops at the first limit passed.
 */
export function htmlOverLimits(html: string): string | undefined {
  let depth = 0;
  let elements = 0;
  let over: string | undefined;
  const parser = new Parser({
    onopentag(name) {
      if (over) return;
      elements += 1;
      if (!VOID_ELEMENTS.has(name)) depth += 1;
      if (depth > MAX_HTML_DEPTH) over = `nests its HTML deeper than ${MAX_HTML_DEPTH} elements`;
      else if (elements > MAX_HTML_ELEMENTS) over = `has more than ${MAX_HTML_ELEMENTS} HTML elements`;
      if (over) parser.pause();
    },
    onclosetag(name) {
      if (!VOID_ELEMENTS.has(name)) depth -= 1;
    },
  });
  parser.end(html);
  return over;
}
