import { createHash } from 'node:crypto';
import type { StatusPageMessage, StatusPageView } from '../../app/status-page/open-status-page.ts';
import { isCaseActive } from '../../core/case/case-status.ts';
import { promiseSentence } from '../../core/promise/promise-words.ts';
import { type Html, html } from '../html.ts';
import { nextUpdatePart } from './next-update-part.ts';
import { statusWords, whenText } from './status-words.ts';

/**
 * The parts of the status page that change while it is open: where the case stands, and the
 * messages. The page renders them, and the live stream sends them again when they change
 * (status-stream.ts), so a page with scripts and a refreshed page without show the same.
 */
export type StatusParts = {
  state: Html;
  messages: Html;
  /** Names what the parts say (a hash of them): the live stream sends only what a page lacks. */
  version: string;
};

export function statusParts(view: StatusPageView): StatusParts {
  const state = statePart(view);
  const messages = messagesPart(view);
  const version = createHash('sha256')
    .update(state.__html)
    .update('\0')
    .update(messages.__html)
    .digest('base64url')
    .slice(0, 16);
  return { state, messages, version };
}

// "What happens next": "next update by …" (the case's cadence: next-update-part.ts), and the promises
// still open to the customer, each with its due time.
// (A note here, not an HTML comment: that would ship to every customer's browser and into the hash.)
function statePart(view: StatusPageView): Html {
  const words = statusWords(view.status, view.ownerFirstName);
  return html`<p><span class="state state-${view.status}" data-testid="case-status">${words.label}</span></p>
<p data-testid="case-owner">${words.line}</p>
<section class="next" aria-labelledby="next-title" data-testid="next-update">
<h2 id="next-title">What happens next</h2>
${promisesPart(view)}${amendsPart(view)}<p class="muted">${
    isCaseActive(view.status)
      ? `${view.ownerFirstName} will write to you here and by email as soon as there is news.`
      : 'Nothing more is planned.'
  }</p>
${nextUpdatePart(view)}
</section>`;
}

/** What we did to make it right (issued gestures only), in a sentence each. */
function amendsPart(view: StatusPageView): Html {
  if (view.amends.length === 0) return html``;
  return html`<p data-testid="amends-made">To make it right, we have:</p><ul class="amends">${view.amends.map(
    (phrase) => html`<li data-testid="amend">${phrase}</li>`,
  )}</ul>
`;
}

/**
 * Each open promise the customer may see, soonest first, in words: "We will refund your order by
 * Tuesday 8 December." for a firm date, "We expect to … around … (our best estimate)." for an
 * estimate. Not a <time datetime>: the page's script would restate it as a bare timestamp, losing the
 * weekday and "by the end of the day".
 */
function promisesPart(view: StatusPageView): Html {
  if (view.promises.length === 0) return html``;
  return html`<ul class="promises" data-testid="promises">${view.promises.map((promise) => {
    const words = promiseSentence(promise, view.timeZone, view.readAt);
    return html`<li data-testid="promise" data-confidence="${promise.confidence}">${words.lead ? `${words.lead} ` : ''}${words.what} <strong>${words.date}</strong></li>`;
  })}</ul>
`;
}

/** Newest first, so the latest word is on a phone's first screen; the story that began it comes last. */
function messagesPart(view: StatusPageView): Html {
  return html`${view.messages.map((message) => messageItem(message, view.businessName))}
${view.olderOmitted ? html`<li class="older muted">Earlier messages are in your email.</li>` : ''}
<li class="story" data-testid="story"><p class="who">How it started · ${when(view.openedAt)}</p><p class="text">${view.story}</p></li>`;
}

/** Who wrote it: "You", one of us by first name, or, for what Amends sent by itself, the business. */
function messageItem(message: StatusPageMessage, businessName: string): Html {
  const who = message.from === 'customer' ? 'You' : (message.authorFirstName ?? businessName);
  return html`<li class="from-${message.from}" data-testid="message" data-id="${message.id}" data-from="${message.from}"><p class="who">${who} · ${when(message.at)}</p><p class="text">${message.body}</p></li>`;
}

function when(at: Date): Html {
  return html`<time datetime="${at.toISOString()}">${whenText(at)}</time>`;
}
