import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

// colord's a11y plugin computes the WCAG 2.1 contrast ratio (relative luminance and all), so the
// rule below does not carry its own copy of the formula.
extend([a11yPlugin]);

export type AnswerTextColour = '#000000' | '#ffffff';

/**
 * The colour of an answer's words on the answer's own colour (the admin picks the background):
 * black or white, whichever contrasts more. One of the two always reaches WCAG's 4.5:1, whatever
 * the background, so no survey colour can make its label unreadable.
 *
 * @example answerTextColour('#2E8B57') // '#000000' (4.9:1; white would be 4.2:1)
 */
export function answerTextColour(background: string): AnswerTextColour {
  const colour = colord(background);
  // Not a colour (an admin half-way through typing one): the words sit on the page's white.
  if (!colour.isValid()) return '#000000';
  return colour.contrast('#000000') >= colour.contrast('#ffffff') ? '#000000' : '#ffffff';
}
