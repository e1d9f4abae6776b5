import type { RatingRequest } from '../../core/rating/rating-request.ts';
import { findScannerBurstAnswers, resolveStandingAnswer } from '../../core/rating/scanner-burst.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import { listCountedAnswers, setAnswersAside } from '../../store/rating-answer.store.ts';
import { saveStandingAnswer } from '../../store/rating-request.store.ts';

/**
 * The second line against mail scanners (the first: opening a link records nothing without
 * scripts). A scanner that runs scripts confirms every answer of a mail within seconds; the recovery
 * check, held until such a run is over, sets its answers aside here before deciding anything, so
 * they count nowhere and open no case, and the request reads as it did before (unanswered, or a
 * person's own answer). Clicks stay one round trip: the rule runs here, off the click path.
 * The request must be locked by the caller's transaction. Returns it as it now stands.
 */
export async function setAsideScannerRuns(
  trx: Executor,
  request: RatingRequest,
  now: Date,
): Promise<RatingRequest> {
  const answers = await listCountedAnswers(trx, request.id);
  const burst = new Set(findScannerBurstAnswers(answers));
  if (burst.size === 0) return request;
  await setAnswersAside(trx, [...burst], now);
  const standing = resolveStandingAnswer(
    request,
    answers.filter((answer) => !burst.has(answer.id)),
  );
  await saveStandingAnswer(trx, request.id, standing);
  // The feedback monitor and happiness figures drop the answers.
  await publishLive(trx, { type: 'rating.recorded' });
  return { ...request, ...standing };
}
