import { type RatingSnippet, renderRatingSnippet } from '../../core/rating/rating-snippet.ts';
import type { AppContext } from '../context.ts';
import { getRatingRequest } from './get-rating-request.ts';
import type { RatingRequestDetail } from './rating-links.ts';

/** The email-ready question and answer links (HTML and plain text) of one rating request. */
export async function getRatingSnippet(ctx: AppContext, requestId: string): Promise<RatingSnippet> {
  return ratingSnippetOf(await getRatingRequest(ctx, requestId));
}

export function ratingSnippetOf(detail: RatingRequestDetail): RatingSnippet {
  return renderRatingSnippet({ question: detail.survey.question, points: detail.links });
}
