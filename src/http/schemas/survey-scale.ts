import { z } from 'zod';

/**
 * An edited scale as sent. Types and lengths only: whether the scores, colours and icons fit the
 * survey's kind is judged by the scale rule, which answers in sentences.
 */
export const scaleBody = z
  .array(
    z.strictObject({
      score: z.number().int(),
      /** Shown on the answer button, e.g. "Excellent". */
      label: z.string().max(60),
      /** The button's colour, #RRGGBB. */
      colour: z.string().max(20),
      /** One to four characters shown before the label (no images: it must work with images off). */
      icon: z.string().max(20),
    }),
  )
  .max(20);
