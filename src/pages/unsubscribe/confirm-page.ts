import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/** Opening the link: which address it speaks for, and one button. Opening alone changes nothing. */
export function confirmPage(options: { addresses: readonly string[]; token: string }): PageContent {
  return {
    title: 'Unsubscribe',
    body: html`<h1>Stop survey emails?</h1>
<p>We will stop sending survey emails to <strong>${options.addresses.join(', ')}</strong>.</p>
<form method="post" action="/u/${options.token}">
<button type="submit">Unsubscribe</button>
</form>
<p class="muted">Changed your mind? Just close this page: nothing changes until you press the button.</p>`,
  };
}
