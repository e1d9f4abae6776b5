import type { Survey } from '../../core/rating/survey.ts';
import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import { html } from '../html.ts';
import type { PageContent } from '../layout.ts';
import { answerBadge } from './answer-badge.ts';

/** Opening a rating link: the script confirms at once; without scripts, one press of the button. */
export function confirmPage(options: { survey: Survey; point: ScalePoint; token: string }): PageContent {
  return {
    title: 'Your answer',
    script: '/assets/confirm-rating.js',
    body: html`<h1>${options.survey.question}</h1>
<p>Your answer: ${answerBadge(options.point)}</p>
<form id="confirm-rating" method="post" action="/r/${options.token}">
<input type="hidden" name="source" value="button">
<p class="muted">Recording your answer… If nothing happens, press the button.</p>
<button type="submit">Record my answer</button>
</form>`,
  };
}
