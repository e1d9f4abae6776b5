import { MAX_MESSAGE_LENGTH } from '../../core/conversation/customer-message.ts';
import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';

/**
 * A reply we could not take, for a reason the status page itself cannot show beside the box: nothing
 * was sent, and the customer is told what to do instead.
 */
export function refusedPage(reason: 'too-large' | 'foreign' | 'unreadable'): PageContent {
  const sentence = {
    'too-large': `Your message is far longer than we can take in one message (${MAX_MESSAGE_LENGTH.toLocaleString('en')} characters). Go back, shorten it or send it in parts, and press Send again.`,
    foreign:
      'It came from a page on another website, not from your case’s own page. Open the link in our email and write there.',
    unreadable: 'We could not read what your browser sent. Go back and press Send again.',
  }[reason];
  return {
    title: 'Your message was not sent',
    body: html`<h1>Your message was not sent</h1>
<p>${sentence}</p>`,
  };
}
