import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/**
 * A status link that is not ours, was altered, or was replaced by a newer one: one page for all, so
 * it says nothing about whether a case exists.
 */
export function invalidPage(): PageContent {
  return {
    title: 'This link no longer works',
    body: html`<h1>This link no longer works</h1>
<p>It may have been replaced by a newer link, or cut short when it was copied.</p>
<p>If you are waiting to hear from us, reply to the latest email you had from us and a person will read it. They can send you a new link.</p>`,
  };
}
