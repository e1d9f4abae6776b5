import { MAX_COMMENT_CHARS } from '../../core/rating/rating-comment.ts';
import type { AnswerMood, ScalePoint } from '../../core/rating/survey-scale.ts';
import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';
import { answerBadge } from './answer-badge.ts';

/** Longest comment accepted; longer text is handed back, never cut or lost. */

/**
 * After an answer: thanks, with room for a comment. A negative answer gets an apology and "what
 * happened?" instead — the customer is telling us something went wrong.
 */
export function commentPage(options: {
  point: ScalePoint | undefined;
  mood: AnswerMood | undefined;
  commentToken: string;
  draft?: string;
  error?: string;
  sent?: boolean;
}): PageContent {
  const negative = options.mood === 'negative';
  const heading = options.sent
    ? 'Thank you — we have passed it on.'
    : negative
      ? 'We are sorry. Thank you for telling us.'
      : 'Thank you for your answer!';
  const prompt = negative ? 'What happened?' : 'Anything you would like to add? (optional)';
  return {
    title: negative ? 'We are sorry' : 'Thank you',
    body: html`<h1>${heading}</h1>
${options.point ? html`<p>Your answer: ${answerBadge(options.point)}</p>` : ''}
${negative && !options.sent ? html`<p>Your words go straight to the people who can put it right.</p>` : ''}
<form method="post" action="/rating/${options.commentToken}">
<label for="comment">${options.sent ? 'Anything else?' : prompt}</label>
${options.error ? html`<p class="error" role="alert">${options.error}</p>` : ''}
<textarea id="comment" name="comment" maxlength="${MAX_COMMENT_CHARS}">${options.draft ?? ''}</textarea>
<button type="submit">Send</button>
</form>
<p class="muted">Changed your mind? Click another answer in the email within 7 days.</p>`,
  };
}
