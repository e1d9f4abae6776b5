import { z } from 'zod';
import type { FeedbackEntry } from '../../app/feedback/list-feedback.ts';
import { SURVEY_KINDS } from '../../core/rating/survey-scale.ts';

export const feedbackEntrySchema = z
  .object({
    /** The answer's id; pass the last one as `before` for older answers. */
    id: z.number().int(),
    ratingRequestId: z.uuid(),
    customer: z.object({ id: z.uuid(), name: z.string() }),
    survey: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(SURVEY_KINDS) }),
    touchpoint: z.object({ type: z.string(), ref: z.string() }),
    teamId: z.uuid().nullable(),
    score: z.number().int(),
    /** As the survey's scale showed it to the customer. */
    label: z.string(),
    colour: z.string(),
    mood: z.enum(['positive', 'neutral', 'negative']),
    /** False once the customer changed their mind (a newer answer on the same request replaced it). */
    current: z.boolean(),
    /**
     * The latest comments the customer wrote after this answer (up to 10), oldest first; a comment
     * written after a later answer is under that one. Untrusted text: render it as text.
     */
    comments: z.array(z.object({ id: z.number().int(), body: z.string(), at: z.iso.datetime() })),
    /** The recovery case the request's feedback opened or joined. */
    caseId: z.uuid().nullable(),
    answeredAt: z.iso.datetime(),
  })
  .meta({ id: 'FeedbackEntry' });

export function presentFeedbackEntry(entry: FeedbackEntry): z.infer<typeof feedbackEntrySchema> {
  return {
    id: entry.id,
    ratingRequestId: entry.requestId,
    customer: { id: entry.customer.id, name: entry.customer.name },
    survey: { id: entry.survey.id, name: entry.survey.name, kind: entry.survey.kind },
    touchpoint: { type: entry.touchpoint.type, ref: entry.touchpoint.ref },
    teamId: entry.teamId ?? null,
    score: entry.score,
    label: entry.label,
    colour: entry.colour,
    mood: entry.mood,
    current: entry.current,
    comments: entry.comments.map((c) => ({ id: c.id, body: c.body, at: c.at.toISOString() })),
    caseId: entry.caseId ?? null,
    answeredAt: entry.at.toISOString(),
  };
}
