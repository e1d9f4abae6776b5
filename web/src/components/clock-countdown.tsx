import { type CaseClock, readClock } from '../clocks.ts';
import { formatDateTime } from '../format.ts';

/**
 * A clock's countdown, ticking with `now`: "acknowledge in 12 min". A breached one is unmistakable
 * without colour too — a warning sign and the word "overdue" — and in a dark red that keeps AA
 * contrast; one about to break is amber-bordered and says "in 4 min".
 */
export function ClockCountdown({ clock, dueAt, now }: { clock: CaseClock; dueAt: string; now: Date }) {
  const reading = readClock(clock, dueAt, now);
  return (
    <span
      className={`clock clock-${reading.state}`}
      data-testid="clock"
      data-clock={clock}
      data-state={reading.state}
      title={`Due ${formatDateTime(dueAt)}`}
    >
      {reading.state === 'breached' && <span aria-hidden="true">⚠ </span>}
      {reading.text}
    </span>
  );
}
