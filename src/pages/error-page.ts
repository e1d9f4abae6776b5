import { html } from './html.ts';
import type { PageContent } from './layout.ts';

/** Too many requests, or our fault: a sentence a customer can act on. */
export function errorPage(status: number): PageContent {
  const tooMany = status === 429;
  return {
    title: tooMany ? 'Please wait a moment' : 'Something went wrong',
    body: tooMany
      ? html`<h1>Please wait a moment</h1><p>We received many clicks from your connection, or on this link, just now. Try again in a minute.</p>`
      : html`<h1>Something went wrong on our side</h1><p>Your click was not recorded. Please try again in a moment.</p>`,
  };
}
