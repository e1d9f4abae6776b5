import sanitizeHtml from 'sanitize-html';

/**
 * A customer's HTML made safe to show (sanitize-html, a maintained allow-list sanitiser): no scripts,
 * event handlers, forms, frames, styles or `javascript:` links; images only when they are inside the
 * mail (data: URLs), because a remote image would tell its sender when and where the mail was read.
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
    transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  });
}
