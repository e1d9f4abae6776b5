import { durationWords } from '../time/duration-words.ts';
import type { CaseClock } from './case-clocks.ts';

/** Under this much time left, a clock is about to break: it says so. */
export const CLOCK_SOON_MS = 15 * 60_000;

export type ClockReading = { text: string; state: 'breached' | 'soon' | 'running' };

/**
 * Where a clock stands at `now`, in the words of the inbox's countdown. Due exactly now is breached:
 * the timer fires at its due time.
 * @example readClock('update', new Date('2026-12-07T10:00:00Z'), new Date('2026-12-07T13:00:00Z'))
 * // { text: 'update overdue by 3 h', state: 'breached' }
 */
export function readClock(clock: CaseClock, dueAt: Date, now: Date): ClockReading {
  const left = dueAt.getTime() - now.getTime();
  const words = durationWords(Math.abs(left) / 60_000);
  if (left <= 0) return { text: `${clock} overdue by ${words}`, state: 'breached' };
  return { text: `${clock} in ${words}`, state: left <= CLOCK_SOON_MS ? 'soon' : 'running' };
}
