import { answerTextColour } from '../../core/rating/answer-colour.ts';
import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import { type Html, html } from '../html.ts';

/** The chosen answer as the survey shows it: its colour, icon and label (in black or white, whichever reads). */
export function answerBadge(point: ScalePoint): Html {
  return html`<span class="answer" style="background:${point.colour};color:${answerTextColour(point.colour)}"><span aria-hidden="true">${point.icon}</span> ${point.label}</span>`;
}
