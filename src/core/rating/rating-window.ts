/** How long after the first answer a customer may change their mind by clicking another link. */
export const RATING_CHANGE_DAYS = 7;
/** How long an unanswered rating request's links work: long enough for a slow inbox. */
export const RATING_REQUEST_DAYS = 60;

const DAY_MS = 24 * 3600 * 1000;

export type RatingWindowFacts = { createdAt: Date; firstAnsweredAt: Date | undefined };

/**
 * When a request's links stop recording: 7 days after the first answer, or, if never answered,
 * 60 days after the request was made.
 */
export function ratingLinksExpireAt(facts: RatingWindowFacts): Date {
  if (facts.firstAnsweredAt) return new Date(facts.firstAnsweredAt.getTime() + RATING_CHANGE_DAYS * DAY_MS);
  return new Date(facts.createdAt.getTime() + RATING_REQUEST_DAYS * DAY_MS);
}

/** True from the moment a request's links stop recording (its stored `expiresAt`, from ratingLinksExpireAt). */
export function isRatingRequestExpired(request: { expiresAt: Date }, now: Date): boolean {
  return request.expiresAt.getTime() <= now.getTime();
}
