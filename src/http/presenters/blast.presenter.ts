import { z } from 'zod';
import type { BlastWithProgress } from '../../app/blasts/get-blast.ts';
import type { BlastStarted } from '../../app/blasts/start-blast.ts';
import { BLAST_STATES, preparedShare } from '../../core/blast/blast.ts';
import type { LineError } from '../../core/blast/recipient-rows.ts';

const count = z.number().int().min(0);

export const blastSchema = z
  .object({
    id: z.uuid(),
    surveyId: z.uuid(),
    name: z.string(),
    touchpointType: z.string(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    /**
     * `preparing`: the list is being turned into queued mail, a batch at a time (the first mails are
     * already on their way); `prepared`: every row was queued, skipped or refused.
     */
    state: z.enum(BLAST_STATES),
    /** How much of the list is prepared, 0 to 1: rows queued, skipped or refused, of all rows. */
    prepared: z.number().min(0).max(1),
    /** Rows given: the CSV's data lines, or the JSON list's items. */
    recipients: count,
    /** Emails queued for the list so far (all of them once prepared). */
    queued: count,
    /** Rows whose address had unsubscribed or bounced: nothing was sent to them. */
    skippedSuppressed: count,
    /** Rows refused (see the line errors returned when the blast started). */
    skippedInvalid: count,
    /** The blast's emails now, by status. `held`: kept in the local outbox (no SMTP configured). */
    emails: z.object({
      queued: count,
      sending: count,
      held: count,
      sent: count,
      failed: count,
      suppressed: count,
    }),
    /** Rating requests of this blast answered at least once. */
    answered: count,
    /** answered / sent, 0 to 1; null until an email was delivered (held ones were not). */
    responseRate: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'Blast' });

export const lineErrorSchema = z
  .object({
    /** CSV: the line in the file (the header is line 1). JSON: the recipient's position, from 1. */
    line: z.number().int().min(1),
    reason: z.string(),
  })
  .meta({ id: 'BlastLineError' });

export function presentBlast({ blast, progress }: BlastWithProgress): z.infer<typeof blastSchema> {
  return {
    id: blast.id,
    surveyId: blast.surveyId,
    name: blast.name,
    touchpointType: blast.touchpointType,
    createdBy: blast.createdBy ?? null,
    createdAt: blast.createdAt.toISOString(),
    state: blast.state,
    prepared: preparedShare(blast),
    recipients: blast.recipients,
    queued: blast.queued,
    skippedSuppressed: blast.skippedSuppressed,
    skippedInvalid: blast.skippedInvalid,
    emails: { ...progress.emails },
    answered: progress.answered,
    responseRate: progress.responseRate ?? null,
  };
}

export function presentLineError(error: LineError): z.infer<typeof lineErrorSchema> {
  return { line: error.line, reason: error.reason };
}

/**
 * A blast and its refused lines: as the upload left it (the lines the row rules refused), or as it
 * stands (every line refused so far, at the upload and while preparing; at most 1,000).
 */
export const blastStartedSchema = z.object({ blast: blastSchema, errors: z.array(lineErrorSchema) });

export function presentBlastStarted(started: BlastStarted): z.infer<typeof blastStartedSchema> {
  return { blast: presentBlast(started), errors: started.errors.map(presentLineError) };
}
