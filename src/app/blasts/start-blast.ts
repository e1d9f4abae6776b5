import type { Blast } from '../../core/blast/blast.ts';
import {
  checkRecipientRows,
  type LineError,
  type Recipient,
  type RecipientRow,
} from '../../core/blast/recipient-rows.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { AppError, isAppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import { recordAudit } from '../../store/audit.store.ts';
import { addToBlastCounts, countBlastEmails, insertBlast } from '../../store/blast.store.ts';
import type { Trx } from '../../store/db.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { type NewOutboundEmail, queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { assertRole } from '../auth/assert-role.ts';
import type { AppContext } from '../context.ts';
import { upsertCustomerIn } from '../customers/upsert-customer.ts';
import { createRatingRequestIn, getActiveSurvey } from '../rating-requests/create-rating-request.ts';
import { type BlastWithProgress, progressOf } from './get-blast.ts';

/**
 * Recipients per transaction. A 20,000-row list is 40 short transactions rather than one that holds
 * locks on thousands of customers for a minute; each batch's customers, requests, emails and send
 * jobs commit together, so a mail is queued exactly when its request exists.
 */
const BATCH_SIZE = 500;
/** Line errors returned in one answer; the blast's skippedInvalid still counts them all. */
const MAX_REPORTED_ERRORS = 1000;

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

/** The blast as it stands once every batch is queued, and the lines that were refused. */
export type BlastStarted = BlastWithProgress & { errors: LineError[] };

/**
 * Sends a survey to a list: each valid row becomes (or updates) a customer, gets a rating request
 * and one queued survey email (intent `blast:<blast>:<customer>`) with its send job. Rows with a bad
 * or repeated address are refused with their line; addresses that unsubscribed or bounced are
 * skipped and counted, and nothing is created for them. A list with nothing to send is refused
 * whole (VALIDATION_FAILED with every line's reason) and changes nothing.
 */
export async function startBlast(
  ctx: AppContext,
  actor: Actor | undefined,
  input: StartBlastInput,
): Promise<BlastStarted> {
  if (actor) assertRole(actor, 'supervisor');
  const checked = checkRecipientRows(input.recipients);
  const errors = [...(input.unreadable ?? []), ...checked.errors];
  if (checked.recipients.length === 0) throw nothingToSend(errors);
  const createdAt = ctx.now();
  const survey = await getActiveSurvey(ctx.db, input.surveyId);
  let blast: Blast | undefined;
  const lineOfCustomer = new Map<string, number>();
  for (let start = 0; start < checked.recipients.length; start += BATCH_SIZE) {
    const batch = checked.recipients.slice(start, start + BATCH_SIZE);
    blast = await ctx.db.transaction().execute(async (trx) => {
      const current =
        blast ??
        (await createBlast(trx, actor, {
          surveyId: survey.id,
          name: input.name?.trim() || `${survey.name}, ${createdAt.toISOString().slice(0, 10)}`,
          touchpointType: input.touchpointType?.trim() || survey.touchpointType,
          createdAt,
          recipients: input.recipients.length + (input.unreadable?.length ?? 0),
          skippedInvalid: errors.length,
        }));
      return queueBatch(trx, actor, { blast: current, survey, batch, createdAt, lineOfCustomer, errors });
    });
  }
  const started = blast as Blast;
  const counts = await countBlastEmails(ctx.db, [started.id]);
  return {
    blast: started,
    progress: progressOf(counts.get(started.id)),
    errors: errors.sort((a, b) => a.line - b.line).slice(0, MAX_REPORTED_ERRORS),
  };
}

async function createBlast(
  trx: Trx,
  actor: Actor | undefined,
  fields: Pick<Blast, 'surveyId' | 'name' | 'touchpointType' | 'createdAt' | 'recipients' | 'skippedInvalid'>,
): Promise<Blast> {
  const blast = await insertBlast(trx, { ...fields, createdBy: actor?.userId });
  await recordAudit(trx, {
    actorUserId: actor?.userId,
    action: 'blast.started',
    subjectType: 'blast',
    subjectId: blast.id,
    details: { surveyId: blast.surveyId, recipients: blast.recipients },
  });
  return blast;
}

async function queueBatch(
  trx: Trx,
  actor: Actor | undefined,
  work: {
    blast: Blast;
    survey: Survey;
    batch: readonly Recipient[];
    createdAt: Date;
    /** Across batches: a customer reached through two addresses is asked once. */
    lineOfCustomer: Map<string, number>;
    /** Where refused rows are reported. */
    errors: LineError[];
  },
): Promise<Blast> {
  const { blast, survey, createdAt } = work;
  const suppressions = await findSuppressions(
    trx,
    work.batch.map((r) => suppressionKey(r.email)),
  );
  const emails: NewOutboundEmail[] = [];
  let skippedSuppressed = 0;
  let skippedInvalid = 0;
  for (const recipient of work.batch) {
    if (!decideSend(suppressions.get(suppressionKey(recipient.email)), 'survey').send) {
      skippedSuppressed++;
      continue;
    }
    const customerId = await upsertRecipient(trx, actor, recipient);
    const earlier = customerId.ok ? work.lineOfCustomer.get(customerId.id) : undefined;
    if (!customerId.ok || earlier !== undefined) {
      skippedInvalid++;
      work.errors.push({
        line: recipient.line,
        reason: customerId.ok
          ? `the same customer as line ${earlier}: each customer is asked once`
          : customerId.reason,
      });
      continue;
    }
    work.lineOfCustomer.set(customerId.id, recipient.line);
    const request = await createRatingRequestIn(trx, actor, {
      survey,
      customerId: customerId.id,
      touchpointType: blast.touchpointType,
      touchpointRef: recipient.touchpointRef ?? `blast:${blast.id}`,
      createdAt,
    });
    emails.push({
      intentKey: `blast:${blast.id}:${customerId.id}`,
      kind: 'survey',
      toAddress: recipient.email,
      blastId: blast.id,
      ratingRequestId: request.id,
      createdAt,
    });
  }
  const queued = await queueOutboundEmails(trx, emails);
  return addToBlastCounts(trx, blast.id, { queued: queued.length, skippedSuppressed, skippedInvalid });
}

/** The customer for a row; a row whose address belongs to a customer with another external id is refused. */
async function upsertRecipient(
  trx: Trx,
  actor: Actor | undefined,
  recipient: Recipient,
): Promise<{ ok: true; id: string } | { ok: false; reason: string }> {
  try {
    const { customer } = await upsertCustomerIn(trx, actor, {
      name: recipient.name,
      emails: [recipient.email],
      externalId: recipient.externalId,
    });
    return { ok: true, id: customer.id };
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFLICT') return { ok: false, reason: error.message };
    throw error;
  }
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
