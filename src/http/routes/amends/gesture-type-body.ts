import { z } from 'zod';
import { GESTURE_KINDS } from '../../../core/amends/gesture-kind.ts';

/** A catalogue entry as an admin saves it (the amounts' rules are core/amends/money.ts). */
export const gestureTypeBody = z.strictObject({
  kind: z.enum(GESTURE_KINDS),
  name: z.string().max(80),
  carriesMoney: z.boolean(),
  usesCodePool: z.boolean(),
  defaultAmountMinor: z.number().nullable(),
  defaultCurrency: z.string().max(10).nullable(),
  active: z.boolean(),
});

export function gestureTypeInput(body: z.infer<typeof gestureTypeBody>) {
  return {
    ...body,
    defaultAmountMinor: body.defaultAmountMinor ?? undefined,
    defaultCurrency: body.defaultCurrency ?? undefined,
  };
}
