import { z } from 'zod';
import type { RatingLinkChoice } from '../../app/rating-requests/rating-links.ts';
import type { RatingRequest } from '../../core/rating/rating-request.ts';

const iso = (date: Date | undefined) => date?.toISOString() ?? null;

export const ratingRequestSchema = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    customerId: z.uuid(),
    touchpointType: z.string(),
    touchpointRef: z.string(),
    teamId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    /** When the links stop recording: 60 days after the request, then 7 days after the first answer. */
    expiresAt: z.iso.datetime(),
    firstAnsweredAt: z.iso.datetime().nullable(),
    lastAnsweredAt: z.iso.datetime().nullable(),
    lastScore: z.number().int().nullable(),
    /** The recovery case a negative answer opened or joined. */
    caseId: z.uuid().nullable(),
  })
  .meta({ id: 'RatingRequest' });

/** The key is left out: it only ever travels inside a signed link. */
export function presentRatingRequest(request: RatingRequest): z.infer<typeof ratingRequestSchema> {
  return {
    id: request.id,
    surveyId: request.surveyId,
    customerId: request.customerId,
    touchpointType: request.touchpointType,
    touchpointRef: request.touchpointRef,
    teamId: request.teamId ?? null,
    createdAt: request.createdAt.toISOString(),
    expiresAt: request.expiresAt.toISOString(),
    firstAnsweredAt: iso(request.firstAnsweredAt),
    lastAnsweredAt: iso(request.lastAnsweredAt),
    lastScore: request.lastScore ?? null,
    caseId: request.caseId ?? null,
  };
}

export const ratingLinkSchema = z
  .object({
    score: z.number().int(),
    label: z.string(),
    colour: z.string(),
    icon: z.string(),
    /** Clicking it records this score (after the customer's browser confirms). */
    url: z.url(),
  })
  .meta({ id: 'RatingLink' });

export function presentRatingLink(link: RatingLinkChoice): z.infer<typeof ratingLinkSchema> {
  return { score: link.score, label: link.label, colour: link.colour, icon: link.icon, url: link.url };
}

export const ratingSnippetFields = {
  /** Email-safe HTML: one table, inline styles, no images; paste it into any email. */
  html: z.string(),
  /** The plain-text version: the question, then one line per answer with its link. */
  text: z.string(),
};
