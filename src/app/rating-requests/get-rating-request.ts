import { AppError } from '../../core/shared/app-error.ts';
import { findRatingRequestById } from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import type { AppContext } from '../context.ts';
import { type RatingRequestDetail, ratingRequestDetail } from './rating-links.ts';

/** A rating request with its survey and its links (the links are signed again; nothing is stored). */
export async function getRatingRequest(ctx: AppContext, requestId: string): Promise<RatingRequestDetail> {
  const request = await findRatingRequestById(ctx.db, requestId);
  if (!request) throw new AppError('NOT_FOUND', 'No rating request has that id.');
  const survey = await findSurveyById(ctx.db, request.surveyId);
  if (!survey) throw new Error(`rating request ${request.id} points at a missing survey`);
  return ratingRequestDetail(ctx, survey, request);
}
