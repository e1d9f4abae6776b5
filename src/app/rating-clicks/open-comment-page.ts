import { verifyRequestToken } from '../../core/rating/rating-link.ts';
import { isRatingRequestExpired } from '../../core/rating/rating-window.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { type AnswerMood, moodOf, type ScalePoint } from '../../core/rating/survey-scale.ts';
import { findRatingRequestByKey } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';

export type CommentPageView =
  | { state: 'invalid' }
  | { state: 'expired'; survey: Survey }
  | { state: 'open'; survey: Survey; point: ScalePoint | undefined; mood: AnswerMood | undefined };

/** The page after an answer: thanks, or for a negative answer an apology and "what happened?". */
export async function openCommentPage(ctx: AppContext, commentToken: string): Promise<CommentPageView> {
  const key = verifyRequestToken(ctx.linkSecret, 'comment', commentToken);
  const request = key ? await findRatingRequestByKey(ctx.db, key) : undefined;
  const survey = request && (await findSurveyById(ctx.db, request.surveyId));
  if (!request || !survey) return { state: 'invalid' };
  if (isRatingRequestExpired(request, ctx.now())) return { state: 'expired', survey };
  const score = request.lastScore;
  return {
    state: 'open',
    survey,
    point: survey.scale.find((p) => p.score === score),
    mood: score === undefined ? undefined : moodOf(survey.kind, score),
  };
}
