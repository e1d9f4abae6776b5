import sanitizeHtml from 'sanitize-html';

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
