import type { StatusPageView } from '../../app/status-page/open-status-page.ts';
import { MAX_MESSAGE_LENGTH } from '../../core/conversation/customer-message.ts';
import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';
import { statusParts } from './status-parts.ts';

export const STATUS_SCRIPT = '/assets/status-page.js';

/**
 * Sized for a phone first: one column, the state and the reply box on the first screen, messages
 * below. The customer's and our messages differ by side and colour, and say who wrote them in words.
 * On a phone the page itself is the card (white, no frame): a framed card inside the screen, with
 * the framed messages inside it, read as a box inside a box and cost 2 × 12 px of a 390 px width.
 */
const STYLE = `
.kicker{margin:0 0 .25rem;color:#5b6472;font-size:.92rem}
.state{display:inline-block;padding:.2rem .75rem;border-radius:999px;font-weight:600;font-size:.95rem;color:#fff;background:#1f5f8b}
.state-resolved{background:#1e6b3a}.state-closed{background:#4a5361}
h2{font-size:1.1rem;margin:1.25rem 0 .4rem}
.next{border-left:4px solid #c5cad3;padding:.1rem 0 .1rem .9rem;margin:1rem 0}
.next h2{margin-top:0}
.promises{margin:0 0 .6rem;padding-left:1.1rem}
.promises li{margin:0 0 .35rem;overflow-wrap:anywhere}
.notice{background:#e7f4ea;color:#1e4d2b;padding:.6rem .8rem;border-radius:8px;font-weight:600}
.reply label{font-size:1.1rem}
.reply textarea{min-height:6rem}
.reply textarea[aria-invalid="true"]{border:2px solid #9b1c1c}
.messages{list-style:none;margin:0;padding:0}
.messages li{margin:0 0 .75rem;padding:.7rem .9rem;border-radius:12px;background:#f4f5f7}
.messages .from-customer{background:#e6eef6;margin-left:1.25rem}
.messages .from-us{margin-right:1.25rem}
.messages .older{background:none;padding:0 .9rem}
.who{margin:0 0 .2rem;font-size:.88rem;font-weight:600;color:#4a5361}
.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (max-width:30rem){body{background:#fff}main{padding:1.25rem 1rem}.card{padding:0;border-radius:0;box-shadow:none}}
`;

/**
 * The customer's private page for their case: what it is about, where it stands, who looks after
 * it, the messages both ways, and a box to write back. Works without scripts (the form posts, a
 * refresh shows news); with them, news arrives live.
 */
export function statusPage(options: {
  view: StatusPageView;
  token: string;
  /** Their reply went through (after the form's redirect). */
  sent?: boolean;
  /** Handed back with `error` when a reply was refused. */
  draft?: string;
  error?: string;
}): PageContent {
  const { view, token } = options;
  const parts = statusParts(view);
  return {
    title: view.title,
    script: STATUS_SCRIPT,
    style: STYLE,
    body: html`<p class="kicker">Case ${view.number}</p>
<h1>${view.title}</h1>
<div id="case-state" data-version="${parts.version}" data-events="/s/${token}/events?since=${parts.version}">${parts.state}</div>
${options.sent ? html`<p class="notice" role="status" data-testid="sent-notice">Sent. ${view.ownerFirstName} has your message.</p>` : ''}
<form class="reply" id="reply-form" method="post" action="/s/${token}/reply">
<label for="reply">Write to us</label>
${options.error ? html`<p class="error" id="reply-error" role="alert">${options.error}</p>` : ''}
<textarea id="reply" name="message" maxlength="${MAX_MESSAGE_LENGTH}"${options.error ? html` aria-invalid="true" aria-describedby="reply-error"` : ''}>
${options.draft ?? ''}</textarea>
<button type="submit">Send</button>
</form>
<section aria-labelledby="messages-title">
<h2 id="messages-title">Messages, newest first</h2>
<ol class="messages" id="messages">${parts.messages}</ol>
</section>
<p class="visually-hidden" id="live-news" role="status"></p>`,
  };
}
