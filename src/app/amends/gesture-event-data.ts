import type { Gesture } from '../../core/amends/gesture.ts';

/** What each amends event on the timeline carries about its gesture. */
export function gestureEventData(gesture: Gesture): Record<string, unknown> {
  return {
    gestureId: gesture.id,
    kind: gesture.kind,
    label: gesture.label,
    ...(gesture.amountMinor !== undefined && {
      amountMinor: gesture.amountMinor,
      currency: gesture.currency,
    }),
    ...(gesture.reference !== undefined && { reference: gesture.reference }),
    ...(gesture.code !== undefined && { code: gesture.code }),
  };
}
