import { type Brand, isHexColor } from '../core/brand/brand.ts';
import { FAVICON_PATH } from './favicon.ts';
import { type Html, html, raw } from './html.ts';

const STYLE = `
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1c2430;background:#f4f5f7}
main{max-width:34rem;margin:0 auto;padding:2.5rem 1.25rem}
.brand{display:flex;align-items:center;gap:.6rem;margin:0 0 1rem;font-weight:700;font-size:1.1rem}
.brand img{max-height:40px;max-width:12rem}
.card{background:#fff;border-radius:14px;padding:1.75rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .75rem}
p{margin:.5rem 0 1rem}
.answer{display:inline-flex;align-items:center;gap:.5rem;padding:.35rem .8rem;border-radius:999px;color:#fff;font-weight:600}
label{display:block;font-weight:600;margin:1rem 0 .4rem}
textarea{width:100%;box-sizing:border-box;min-height:8rem;padding:.7rem;font:inherit;border:1px solid #c5cad3;border-radius:8px}
button{font:inherit;font-weight:600;color:#fff;background:#1f5f8b;border:0;border-radius:8px;padding:.75rem 1.25rem;margin-top:.75rem;cursor:pointer}
button:focus-visible,textarea:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
.muted{color:#5b6472;font-size:.92rem}
.error{color:#9b1c1c;font-weight:600}
`;

/** What a customer page says; the layout frames it with the business's brand. */
export type PageContent = {
  title: string;
  body: Html;
  script?: string;
  /** More CSS for this page alone (a page with more to lay out than a card of text). */
  style?: string;
};

/**
 * The accent's rules. The colour is checked again here, not only when saved: it is written into a
 * stylesheet, where anything but `#rrggbb` could close the rule.
 */
function accentStyle(brand: Brand): Html {
  if (!isHexColor(brand.accentColor)) return raw('');
  return raw(`button{background:${brand.accentColor}}.brand{color:${brand.accentColor}}`);
}

/**
 * The frame of every customer page: the business's name or logo above the card, its accent on the
 * buttons; no login, no tracking, readable on a phone, works without scripts. The name is text, the
 * logo an https address in an escaped attribute.
 */
export function layout(page: PageContent, brand: Brand): string {
  const mark = brand.logoUrl
    ? html`<img src="${brand.logoUrl}" alt="${brand.businessName}">`
    : html`<span>${brand.businessName}</span>`;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title} · ${brand.businessName}</title>
<link rel="icon" href="${FAVICON_PATH}" type="image/svg+xml">
<style>${raw(STYLE)}${raw(page.style ?? '')}${accentStyle(brand)}</style>
${page.script ? html`<script src="${page.script}" defer></script>` : ''}
</head>
<body><main><header class="brand" data-testid="brand">${mark}</header><div class="card">${page.body}</div></main></body>
</html>`.__html;
}
