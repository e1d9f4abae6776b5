import { ratingLinksExpireAt } from './rating-window.ts';

/**
 * Two answers of one request this close together belong to one run of clicks. Mail security
 * products that open every link of a mail in a sandbox browser (scripts and all) do so within
 * seconds of delivery; a person who goes back to the email to click another answer takes longer
 * than a page load, and a person's change of mind days later is never in the same run.
 */
export const BURST_GAP_MS = 10_000;

/**
 * A run of clicks with at least this many different scores is a machine opening every link, not a
 * person: the smallest scale (the thermometer) has four answers, so a scanner always shows three or
 * more, while a person who corrects a slip shows two. Its answers are set aside: none counts, none
 * opens a case.
 */
export const BURST_MIN_SCORES = 3;

/**
 * How long a recovery check waits after the latest click that may belong to a run, so the whole
 * run is in before anything is decided. Every further click of the run pushes the check back.
 */
export const RECOVERY_HOLD_MS = BURST_GAP_MS;

export type TimedAnswer = { id: number; score: number; at: Date };

/**
 * The answers that belong to a scanner's run: answers are grouped into runs where each follows the
 * previous by at most BURST_GAP_MS, and every answer of a run with BURST_MIN_SCORES different scores
 * or more is returned (ids, in time order).
 *
 * @example // 4, 3, 2, 1 within a second: all four are set aside; a single click days later stands
 * findScannerBurstAnswers([{ id: 1, score: 4, at: t }, …, { id: 5, score: 3, at: t + 2 days }]) // [1, 2, 3, 4]
 */
export function findScannerBurstAnswers(answers: readonly TimedAnswer[]): number[] {
  const sorted = [...answers].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  const burst: number[] = [];
  let run: TimedAnswer[] = [];
  const close = () => {
    if (new Set(run.map((answer) => answer.score)).size >= BURST_MIN_SCORES)
      burst.push(...run.map((answer) => answer.id));
    run = [];
  };
  for (const answer of sorted) {
    const previous = run.at(-1);
    if (previous && answer.at.getTime() - previous.at.getTime() > BURST_GAP_MS) close();
    run.push(answer);
  }
  close();
  return burst;
}

/** What a request says once answers are set aside: its latest score and the change window it opened. */
export type StandingAnswer = {
  lastScore: number | undefined;
  firstAnsweredAt: Date | undefined;
  lastAnsweredAt: Date | undefined;
  expiresAt: Date;
};

/**
 * The request as if the set-aside answers had never come: the latest remaining answer is its score,
 * the earliest remaining one opened its change window; with none left it is unanswered again, its
 * links working until the request's own expiry.
 */
export function resolveStandingAnswer(
  request: { createdAt: Date },
  remaining: readonly TimedAnswer[],
): StandingAnswer {
  const sorted = [...remaining].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  const first = sorted[0];
  const last = sorted.at(-1);
  return {
    lastScore: last?.score,
    firstAnsweredAt: first?.at,
    lastAnsweredAt: last?.at,
    expiresAt: ratingLinksExpireAt({ createdAt: request.createdAt, firstAnsweredAt: first?.at }),
  };
}
