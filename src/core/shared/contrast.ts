import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

// colord's a11y plugin computes the WCAG 2.1 contrast ratio (relative luminance and all): one
// maintained implementation for the brand's buttons, answer chips and email snippets alike.
extend([a11yPlugin]);

/** WCAG 2.1 contrast ratio of two colours, 1 (none) to 21 (black on white). */
export function contrastRatio(foreground: string, background: string): number {
  return colord(foreground).contrast(background);
}

/** True for a colour colord can read (#rgb, #rrggbb, names…). */
function isColour(value: string): boolean {
  return colord(value).isValid();
}

export type ReadableText = '#000000' | '#ffffff';

/**
 * Black or white text, whichever contrasts more with `background`. One of the two always reaches
 * WCAG's 4.5:1, whatever the background; an unreadable colour gets black (it sits on a white page).
 *
 * @example readableTextOn('#2E8B57') // '#000000' (4.9:1; white would be 4.2:1)
 */
export function readableTextOn(background: string): ReadableText {
  if (!isColour(background)) return '#000000';
  return contrastRatio('#000000', background) >= contrastRatio('#ffffff', background) ? '#000000' : '#ffffff';
}
