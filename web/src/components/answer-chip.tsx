const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/**
 * An answer as the customer saw it: its label, with the scale's colour as a swatch beside it (the
 * words carry the meaning; the colour is a second cue, so it is hidden from screen readers).
 */
export function AnswerChip({ label, colour }: { label: string; colour: string | undefined }) {
  const swatch = colour && HEX_COLOUR.test(colour) ? colour : 'var(--line-strong)';
  return (
    <span className="answer-chip" data-testid="answer">
      <span className="answer-swatch" style={{ background: swatch }} aria-hidden="true" />
      {label}
    </span>
  );
}
