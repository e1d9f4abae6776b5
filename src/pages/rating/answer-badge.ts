import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import { readableTextOn } from '../../core/shared/contrast.ts';
import { type Html, html } from '../html.ts';

/** The chosen answer as the survey shows it: its colour, icon and label (in black or white, whichever reads). */
export function answerBadge(point: ScalePoint): Html {
  return html`<span class="answer" style="background:${point.colour};color:${readableTextOn(point.colour)}"><span aria-hidden="true">${point.icon}</span> ${point.label}</span>`;
}
