import { AppError } from '../shared/app-error.ts';
import { happyAtLeast, moodOf, negativeAtMost, SURVEY_KINDS, type SurveyKind } from './survey-scale.ts';

/**
 * The happiness factor: of the customers who answered, the share who were happy — gold or green on
 * the thermometer, CSAT 4–5, NPS promoters (9–10). Each rating request counts once, by its latest
 * answer, so a customer who changes their mind is not counted twice; that answer's time decides
 * which period it falls in.
 */
export type HappinessCounts = {
  /** Rating requests answered (each by its latest answer). */
  answers: number;
  happy: number;
  negative: number;
};

/** Counts with their factor: happy ÷ answers, undefined when nobody answered (not zero: unknown). */
export type Happiness = HappinessCounts & { factor: number | undefined };

/** How the figures can be split. A request is in exactly one group of each, so groups add up to the whole. */
export const HAPPINESS_GROUPINGS = ['survey', 'touchpointType', 'team', 'period'] as const;
export type HappinessGrouping = (typeof HAPPINESS_GROUPINGS)[number];

/** Period lengths for `period` grouping; periods start at midnight UTC (weeks on Monday). */
export const HAPPINESS_PERIODS = ['day', 'week'] as const;
export type HappinessPeriod = (typeof HAPPINESS_PERIODS)[number];

/** The window when none is asked for: the last 30 days. */
export const DEFAULT_WINDOW_DAYS = 30;
/** The longest window in one request: a year (and a leap day), so `period=day` stays a few hundred rows. */
export const MAX_WINDOW_DAYS = 366;
const DAY_MS = 24 * 3600 * 1000;

/**
 * What one latest answer adds to the counts.
 * @example countAnswer('thermometer', 3) // { answers: 1, happy: 1, negative: 0 } (green)
 * @example countAnswer('nps', 8)         // { answers: 1, happy: 0, negative: 0 } (a passive)
 */
export function countAnswer(kind: SurveyKind, score: number): HappinessCounts {
  const mood = moodOf(kind, score);
  return { answers: 1, happy: mood === 'positive' ? 1 : 0, negative: mood === 'negative' ? 1 : 0 };
}

/**
 * The same rule as `countAnswer`, as data for the database to count with: per survey kind, the
 * lowest happy score and the highest negative one.
 */
export const HAPPINESS_THRESHOLDS: readonly {
  kind: SurveyKind;
  happyAtLeast: number;
  negativeAtMost: number;
}[] = SURVEY_KINDS.map((kind) => ({
  kind,
  happyAtLeast: happyAtLeast(kind),
  negativeAtMost: negativeAtMost(kind),
}));

export function sumCounts(groups: readonly HappinessCounts[]): HappinessCounts {
  return groups.reduce(
    (sum, g) => ({
      answers: sum.answers + g.answers,
      happy: sum.happy + g.happy,
      negative: sum.negative + g.negative,
    }),
    { answers: 0, happy: 0, negative: 0 },
  );
}

/**
 * Happy ÷ answers, to four decimal places (enough for a percentage with two).
 * @example happinessOf({ answers: 3, happy: 2, negative: 1 }).factor // 0.6667
 */
export function happinessOf(counts: HappinessCounts): Happiness {
  const factor =
    counts.answers === 0 ? undefined : Math.round((counts.happy / counts.answers) * 10_000) / 10_000;
  return { ...counts, factor };
}

/**
 * The time window to measure: answers at or after `from` and before `to`. Without `to`, up to now;
 * without `from`, the 30 days before `to`. Throws VALIDATION_FAILED for an empty, reversed or
 * longer-than-a-year window.
 */
export function resolveHappinessWindow(
  asked: { from?: Date | undefined; to?: Date | undefined },
  now: Date,
): { from: Date; to: Date } {
  const to = asked.to ?? now;
  const from = asked.from ?? new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime())
    throw new AppError('VALIDATION_FAILED', '`from` must be before `to`.', { field: 'querystring.from' });
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS)
    throw new AppError(
      'VALIDATION_FAILED',
      `Ask for at most ${MAX_WINDOW_DAYS} days at a time; split a longer range into several requests.`,
      { field: 'querystring.from' },
    );
  return { from, to };
}
