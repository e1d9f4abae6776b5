import { verifyRatingToken } from '../../core/rating/rating-link.ts';
import { isRatingRequestExpired } from '../../core/rating/rating-window.ts';
import type { Survey } from '../../core/rating/survey.ts';
import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import { findRatingRequestByKey } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';

/** What a customer who opened a rating link sees: never a recorded answer, only a page to confirm. */
export type RatingLinkView =
  | { state: 'invalid' }
  | { state: 'expired'; survey: Survey }
  | { state: 'confirm'; survey: Survey; point: ScalePoint };

/**
 * Opening a link records nothing: mail scanners open every link in a message, and four "clicks"
 * from one scanner must not become four answers. The page asks the browser to confirm (a script
 * submits at once; without scripts, a button does), and only that confirmation records.
 */
export async function openRatingLink(ctx: AppContext, token: string): Promise<RatingLinkView> {
  const link = verifyRatingToken(ctx.linkSecret, token);
  if (!link) return { state: 'invalid' };
  const request = await findRatingRequestByKey(ctx.db, link.key);
  const survey = request && (await findSurveyById(ctx.db, request.surveyId));
  const point = survey?.scale.find((p) => p.score === link.score);
  if (!request || !survey || !point) return { state: 'invalid' };
  if (isRatingRequestExpired(request, ctx.now())) return { state: 'expired', survey };
  return { state: 'confirm', survey, point };
}
