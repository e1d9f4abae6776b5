import { needsAmendsPrompt } from '../../../src/core/amends/gesture.ts';

/**
 * The gentle prompt of the resolve flow: a case resolved with no gesture and no word on why none was
 * needed. It asks; it never blocks. Wire it into the resolve dialog with the case's `amendsOnCase`
 * and the explanation typed there.
 */
export function AmendsResolvePrompt({
  amendsOnCase,
  explanation,
}: {
  amendsOnCase: number;
  explanation: string | undefined;
}) {
  if (!needsAmendsPrompt({ amendsOnCase, explanation })) return null;
  return (
    <p className="amends-prompt" role="note" data-testid="amends-resolve-prompt">
      No amends were made on this case. Is there something that would put it right — a refund, a credit, a
      replacement? If nothing is needed, say why in a line, so the customer never hears “there is nothing I
      can do”.
    </p>
  );
}
