import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/** Done (or already done before): the address gets no more survey emails. */
export function unsubscribedPage(options: { addresses: readonly string[] }): PageContent {
  return {
    title: 'Unsubscribed',
    body: html`<h1>You are unsubscribed</h1>
<p>We will send no more survey emails to <strong>${options.addresses.join(', ')}</strong>.</p>
<p class="muted">Replies about an open request of yours still reach you by the way you chose for it.</p>`,
  };
}
