import { allowanceWords, durationWords } from '../../src/core/time/duration-words.ts';
import type { CaseDetail } from './api/types.ts';

export type CaseClock = 'acknowledge' | 'update' | 'resolve';
export type Allowance = CaseDetail['policy']['updateEvery'];

/** The verb each clock is about, as the countdown says it: "acknowledge in 12 min". */
export const CLOCK_VERBS: Record<CaseClock, string> = {
  acknowledge: 'acknowledge',
  update: 'update',
  resolve: 'resolve',
};

export const CLOCK_TITLES: Record<CaseClock, string> = {
  acknowledge: 'Acknowledge',
  update: 'Update the customer',
  resolve: 'Resolve',
};

/** Under this much time left, a clock is close to breaking: it says so. */
const SOON_MS = 15 * 60_000;

export type ClockReading = { text: string; state: 'breached' | 'soon' | 'running' };

/**
 * Where a clock stands at `now`, in words: "acknowledge in 12 min", "update overdue by 3 h".
 * @example readClock('update', '2026-12-07T10:00:00Z', new Date('2026-12-07T13:00:00Z'))
 * // { text: 'update overdue by 3 h', state: 'breached' }
 */
export function readClock(clock: CaseClock, dueAtIso: string, now: Date): ClockReading {
  const left = new Date(dueAtIso).getTime() - now.getTime();
  const words = durationWords(Math.abs(left) / 60_000);
  if (left <= 0) return { text: `${CLOCK_VERBS[clock]} overdue by ${words}`, state: 'breached' };
  return { text: `${CLOCK_VERBS[clock]} in ${words}`, state: left <= SOON_MS ? 'soon' : 'running' };
}

/** "within 30 minutes, round the clock" / "every 8 hours of business time". */
export function allowanceText(allowance: Allowance, lead: 'within' | 'every'): string {
  const amount = allowanceWords(allowance.minutes);
  return `${lead} ${amount} ${allowance.business ? 'of business time' : 'round the clock'}`;
}
