import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/** A link that is not one of ours, or was changed on the way: nothing recorded, no details leaked. */
export function invalidPage(): PageContent {
  return {
    title: 'Link not recognised',
    body: html`<h1>We do not recognise this link</h1>
<p>Nothing was recorded. The link may have been cut short when it was copied: try clicking it in the email again.</p>`,
  };
}
