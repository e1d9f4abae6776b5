import type { Blast } from '../../core/blast/blast.ts';
import { checkRecipientRows, type LineError, type RecipientRow } from '../../core/blast/recipient-rows.ts';
import { assertNotSentBefore, listHash, SAME_LIST_WINDOW_MS } from '../../core/blast/same-list.ts';
import { AppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { findBlastOfList, insertBlast, insertBlastRows } from '../../store/blast.store.ts';
import { lockNamed } from '../../store/db.ts';
import { PREPARE_BLAST, queueRowJobs } from '../../store/job.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { getActiveSurvey } from '../rating-requests/create-rating-request.ts';
import { type BlastWithProgress, progressOf } from './get-blast.ts';

/** Line errors returned in one answer, and kept on the blast; its skippedInvalid still counts them all. */
export const MAX_REPORTED_ERRORS = 1000;

export type StartBlastInput = {
  surveyId: string;
  /** For the console; defaults to the survey's name and today's date. */
  name?: string | undefined;
  /** Defaults to the survey's touchpoint type. */
  touchpointType?: string | undefined;
  recipients: readonly RecipientRow[];
  /** Lines the caller could not read at all (a broken CSV line), reported with the rest. */
  unreadable?: readonly LineError[] | undefined;
};

/** The blast as the upload left it (`preparing`), and the lines refused by the row rules. */
export type BlastStarted = BlastWithProgress & { errors: LineError[] };

/**
 * Takes a list to send a survey to, and answers at once: the rows are checked (a bad or repeated
 * address is refused with its line), then, in one transaction, the blast is kept `preparing` with
 * its rows and a `prepare-blast` job (app/blasts/prepare-blast.ts turns the rows into customers,
 * rating requests and queued mail, a batch at a time, and skips unsubscribed and bounced addresses).
 * A list with nothing to send is refused whole (VALIDATION_FAILED with every line's reason); the
 * same list for the same survey within a day is refused (SAME_LIST_SENT, naming the earlier blast):
 * a retried upload never mails anyone twice. Refusals change nothing.
 */
export async function startBlast(
  ctx: AppContext,
  actor: Actor | undefined,
  input: StartBlastInput,
): Promise<BlastStarted> {
  if (actor) assertRole(actor, 'supervisor');
  const checked = checkRecipientRows(input.recipients);
  const errors = [...(input.unreadable ?? []), ...checked.errors].sort((a, b) => a.line - b.line);
  if (checked.recipients.length === 0) throw nothingToSend(errors);
  const createdAt = ctx.now();
  const survey = await getActiveSurvey(ctx.db, input.surveyId);
  const hash = listHash(survey.id, checked.recipients);
  const blast = await ctx.db.transaction().execute(async (trx) => {
    // Two uploads of one list at once: the second waits here, then finds the first.
    await lockNamed(trx, `blast-list:${hash}`);
    assertNotSentBefore(
      await findBlastOfList(trx, hash, new Date(createdAt.getTime() - SAME_LIST_WINDOW_MS)),
      createdAt,
    );
    const blast = await insertBlast(trx, {
      surveyId: survey.id,
      name: input.name?.trim() || `${survey.name}, ${createdAt.toISOString().slice(0, 10)}`,
      touchpointType: input.touchpointType?.trim() || survey.touchpointType,
      createdBy: actor?.userId,
      createdAt,
      recipients: input.recipients.length + (input.unreadable?.length ?? 0),
      skippedInvalid: errors.length,
      listHash: hash,
      lineErrors: errors.slice(0, MAX_REPORTED_ERRORS),
    });
    await insertBlastRows(trx, blast.id, checked.recipients);
    await recordAudit(trx, {
      actorUserId: actor?.userId,
      action: 'blast.started',
      subjectType: 'blast',
      subjectId: blast.id,
      details: { surveyId: blast.surveyId, recipients: blast.recipients },
    });
    await queueRowJobs(trx, PREPARE_BLAST, [blast.id]);
    return blast;
  });
  return { blast: blast as Blast, progress: progressOf(), errors: errors.slice(0, MAX_REPORTED_ERRORS) };
}

/** The refusal of a list no row of which can be mailed, naming every line (at most 1,000). */
export function nothingToSend(errors: readonly LineError[]): AppError {
  const shown = [...errors].sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS);
  const first = shown
    .slice(0, 3)
    .map((e) => `line ${e.line}: ${e.reason}`)
    .join('; ');
  return new AppError(
    'VALIDATION_FAILED',
    errors.length === 0
      ? 'The list has no recipients: give at least one row with an email address.'
      : `No row of the list can be mailed (${first}${errors.length > 3 ? '; …' : ''}). Nothing was sent.`,
    {
      field: 'recipients',
      errors: shown.map((e) => ({ field: `line ${e.line}`, message: e.reason })),
    },
  );
}
