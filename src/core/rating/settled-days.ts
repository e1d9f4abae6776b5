import { RATING_CHANGE_DAYS } from './rating-window.ts';

const DAY_MS = 24 * 3600 * 1000;

/**
 * How many days after a day ends its happiness figures can still change. A request counts on the
 * day of its latest answer; a customer can change their answer for RATING_CHANGE_DAYS after the
 * first, which moves the request out of that day, and no answer is ever recorded for a day that has
 * passed. One more day covers a click recorded just before midnight and committed after it.
 */
export const SETTLING_DAYS = RATING_CHANGE_DAYS + 1;

export type DayRange = { from: Date; to: Date };

/**
 * The whole UTC days of a window whose figures are settled (they can be counted once and kept):
 * from the first midnight at or after `from`, to the earlier of the last midnight at or before
 * `to` and SETTLING_DAYS before today. Undefined when no whole settled day lies in the window.
 * @example resolveSettledDays({ from: 2026-01-01T09:00Z, to: 2026-03-01T00:00Z }, now 2026-03-05T12:00Z)
 * // → { from: 2026-01-02, to: 2026-02-25 } (days 2 January to 24 February)
 */
export function resolveSettledDays(window: DayRange, now: Date): DayRange | undefined {
  const from = Math.ceil(window.from.getTime() / DAY_MS) * DAY_MS;
  const settledBefore = Math.floor(now.getTime() / DAY_MS) * DAY_MS - SETTLING_DAYS * DAY_MS;
  const to = Math.min(Math.floor(window.to.getTime() / DAY_MS) * DAY_MS, settledBefore);
  return from < to ? { from: new Date(from), to: new Date(to) } : undefined;
}

/**
 * How a happiness window is counted, in three parts that add up to it:
 * - `kept`: its settled whole days, counted once into daily figures (resolveSettledDays);
 * - `recent`: the part that reaches into the days not settled yet (at most one). It starts no
 *   earlier than the day before them, so reading every answer since its start — one range, each
 *   request's latest answer found among them — costs the same however long the window or the history;
 * - `settledEdges`: the partial first and last days left over in the settled past (each under two
 *   days), whose few answers are checked one by one for a later answer of the same request.
 * @example resolveHappinessParts({ from: 2026-02-01T09:00Z, to: 2026-03-05T12:00Z }, now 2026-03-05T12:00Z)
 * // → kept 2 February to 24 February, settledEdges [1 February 09:00 to 2 February], recent 25 February to now
 */
export function resolveHappinessParts(
  window: DayRange,
  now: Date,
): { kept: DayRange | undefined; settledEdges: DayRange[]; recent: DayRange | undefined } {
  const kept = resolveSettledDays(window, now);
  const pieces = kept
    ? [
        { from: window.from, to: kept.from },
        { from: kept.to, to: window.to },
      ]
    : [window];
  const settledBefore = Math.floor(now.getTime() / DAY_MS) * DAY_MS - SETTLING_DAYS * DAY_MS;
  const live = pieces.filter((piece) => piece.from.getTime() < piece.to.getTime());
  return {
    kept,
    settledEdges: live.filter((piece) => piece.to.getTime() <= settledBefore),
    recent: live.find((piece) => piece.to.getTime() > settledBefore),
  };
}
