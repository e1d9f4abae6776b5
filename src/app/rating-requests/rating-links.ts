import { signRatingToken } from '../../core/rating/rating-link.ts';
import type { RatingRequest } from '../../core/rating/rating-request.ts';
import type { Survey } from '../../core/rating/survey.ts';
import type { ScalePoint } from '../../core/rating/survey-scale.ts';
import type { AppContext } from '../context.ts';

/** One answer of a request as a customer clicks it: how it looks and the signed link that records it. */
export type RatingLinkChoice = ScalePoint & { url: string };

/** A request with its survey and its links: what the API returns and the snippet is made from. */
export type RatingRequestDetail = { ratingRequest: RatingRequest; survey: Survey; links: RatingLinkChoice[] };

/** The public address of one score's link: `<publicUrl>/r/<key>.<score>.<signature>`. */
export function ratingLinkUrl(
  ctx: Pick<AppContext, 'linkSecret' | 'publicUrl'>,
  key: string,
  score: number,
): string {
  return `${ctx.publicUrl}/r/${signRatingToken(ctx.linkSecret, { key, score })}`;
}

/** The links of a request, one per answer, in the order the survey shows its scale. */
export function ratingLinksOf(
  ctx: Pick<AppContext, 'linkSecret' | 'publicUrl'>,
  survey: Survey,
  request: RatingRequest,
): RatingLinkChoice[] {
  return survey.scale.map((point) => ({
    score: point.score,
    label: point.label,
    colour: point.colour,
    icon: point.icon,
    url: ratingLinkUrl(ctx, request.key, point.score),
  }));
}

export function ratingRequestDetail(
  ctx: Pick<AppContext, 'linkSecret' | 'publicUrl'>,
  survey: Survey,
  request: RatingRequest,
): RatingRequestDetail {
  return { ratingRequest: request, survey, links: ratingLinksOf(ctx, survey, request) };
}
