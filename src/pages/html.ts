import { escapeHtml } from '../core/shared/escape-html.ts';

/** Markup we wrote ourselves, safe to insert as is. */
export type Html = { readonly __html: string };

export function raw(markup: string): Html {
  return { __html: markup };
}

function render(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'object' && '__html' in value) return (value as Html).__html;
  return escapeHtml(String(value));
}

/**
 * A template tag for customer pages: every interpolated value is escaped unless it is itself `html`,
 * so customer text can never become markup.
 * @example html`<p>${comment}</p>` // comment "<b>" renders as the text "<b>"
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return raw(out);
}
