import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/** A link past its time: said politely, with no dead end. */
export function expiredPage(): PageContent {
  return {
    title: 'This link has expired',
    body: html`<h1>This link has expired</h1>
<p>Thank you for coming back to tell us. Answers to this question closed a while ago, so this click was not recorded.</p>
<p class="muted">If something is wrong, reply to the email you received and a person will read it.</p>`,
  };
}
