import { z } from 'zod';
import type { BlastPreview } from '../../app/blasts/preview-blast.ts';
import { lineErrorSchema, presentLineError } from './blast.presenter.ts';

export const blastPreviewSchema = z
  .object({
    surveyId: z.uuid(),
    /** Rows that would get an email if sent now. */
    wouldSend: z.number().int(),
    /** Rows whose address unsubscribed or bounced: they would get nothing. */
    skippedSuppressed: z.number().int(),
    /** Refused rows with their line and reason (at most 1,000 listed). */
    errors: z.array(lineErrorSchema),
    /** The first recipient's email as it would be sent; its links open nothing. */
    email: z.object({ to: z.string(), subject: z.string(), text: z.string(), html: z.string() }),
  })
  .meta({ id: 'BlastPreview' });

/** How many lines a preview lists; the count of refused rows is `errors.length` up to this. */
const MAX_LISTED_ERRORS = 1000;

/** The preview with its first email as the survey template rendered it. */
export function presentBlastPreview(
  preview: BlastPreview,
  email: { to: { address: string }; subject: string; text: string; html: string },
): z.infer<typeof blastPreviewSchema> {
  return {
    surveyId: preview.surveyId,
    wouldSend: preview.wouldSend,
    skippedSuppressed: preview.skippedSuppressed,
    errors: preview.errors.slice(0, MAX_LISTED_ERRORS).map(presentLineError),
    email: { to: email.to.address, subject: email.subject, text: email.text, html: email.html },
  };
}
