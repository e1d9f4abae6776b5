import type { CaseClock } from '../../src/core/case/case-clocks.ts';
import { type ClockReading, readClock as readClockAt } from '../../src/core/case/clock-reading.ts';
import { allowanceWords } from '../../src/core/time/duration-words.ts';
import type { CaseDetail } from './api/types.ts';

export type { CaseClock } from '../../src/core/case/case-clocks.ts';
export type Allowance = CaseDetail['policy']['updateEvery'];

export const CLOCK_TITLES: Record<CaseClock, string> = {
  acknowledge: 'Acknowledge',
  update: 'Update the customer',
  resolve: 'Resolve',
};

export type { ClockReading } from '../../src/core/case/clock-reading.ts';

/** Where a clock stands at `now` (core/case/clock-reading.ts), from the API's ISO time. */
export function readClock(clock: CaseClock, dueAtIso: string, now: Date): ClockReading {
  return readClockAt(clock, new Date(dueAtIso), now);
}

/** "within 30 minutes, round the clock" / "every 8 hours of business time". */
export function allowanceText(allowance: Allowance, lead: 'within' | 'every'): string {
  const amount = allowanceWords(allowance.minutes);
  return `${lead} ${amount} ${allowance.business ? 'of business time' : 'round the clock'}`;
}
