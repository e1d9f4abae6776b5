import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/** A link that is not one of ours, or was cut short: nothing changed, no details leaked. */
export function invalidPage(): PageContent {
  return {
    title: 'Link not recognised',
    body: html`<h1>We do not recognise this link</h1>
<p>Nothing was changed. The link may have been cut short when it was copied: try the unsubscribe link in the email again.</p>`,
  };
}
