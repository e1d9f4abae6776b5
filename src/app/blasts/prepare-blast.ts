import type { Blast } from '../../core/blast/blast.ts';
import type { LineError, Recipient } from '../../core/blast/recipient-rows.ts';
import { decideSend, suppressionKey } from '../../core/mail/suppression.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { isAppError } from '../../core/shared/app-error.ts';
import type { Actor } from '../../core/team/user.ts';
import {
  addToBlastCounts,
  deleteBlastRows,
  findCustomersOfBlast,
  findNextBlastRows,
  lockBlastById,
} from '../../store/blast.store.ts';
import type { Trx } from '../../store/db.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { type NewOutboundEmail, queueOutboundEmails } from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { upsertCustomerIn } from '../customers/upsert-customer.ts';
import { createRatingRequestIn } from '../rating-requests/create-rating-request.ts';
import { getSurvey } from '../surveys/get-survey.ts';
import { MAX_REPORTED_ERRORS } from './start-blast.ts';

/**
 * Recipients per transaction. A 20,000-row list is 40 short transactions rather than one that holds
 * locks on thousands of customers for a minute; each batch's customers, requests, emails and send
 * jobs commit together with the deletion of its rows from blast_rows, so a crash resumes at the
 * first row not yet prepared and a mail is queued exactly when its request exists.
 */
export const BATCH_SIZE = 500;

/**
 * The `prepare-blast` job: turns a `preparing` blast's kept rows into customers (found or created),
 * rating requests and queued survey emails (intent `blast:<blast>:<customer>`) with their send jobs,
 * a batch at a time — mail of the first batches goes out while the rest is prepared, and the
 * blast's counters move with each batch (the console's progress). Addresses that unsubscribed or
 * bounced are skipped and counted; a row whose address belongs to a customer with another external
 * id, or a customer reached through two addresses, is refused with its line. Two jobs for one blast
 * take turns on its row lock; one for a prepared blast does nothing.
 */
export async function prepareBlast(ctx: AppContext, blastId: string): Promise<void> {
  /** Across batches: a customer reached through two addresses is asked once (its first line). */
  const lineOfCustomer = new Map<string, number>();
  // A resumed preparation: customers an earlier run already asked (their line is not kept).
  for (const customerId of await findCustomersOfBlast(ctx.db, blastId)) lineOfCustomer.set(customerId, 0);
  let survey: Survey | undefined;
  for (;;) {
    const done = await ctx.db.transaction().execute(async (trx) => {
      const blast = await lockBlastById(trx, blastId);
      if (blast?.state !== 'preparing') return true;
      survey ??= await getSurvey(ctx, blast.surveyId);
      const batch = await findNextBlastRows(trx, blastId, BATCH_SIZE);
      const outcome = await queueBatch(trx, { blast, survey, batch, createdAt: ctx.now(), lineOfCustomer });
      await deleteBlastRows(
        trx,
        blastId,
        batch.map((row) => row.line),
      );
      const last = batch.length < BATCH_SIZE;
      await addToBlastCounts(trx, blastId, {
        ...outcome,
        maxLineErrors: MAX_REPORTED_ERRORS,
        at: ctx.now(),
        prepared: last,
      });
      return last;
    });
    if (done) return;
  }
}

async function queueBatch(
  trx: Trx,
  work: {
    blast: Blast;
    survey: Survey;
    batch: readonly Recipient[];
    createdAt: Date;
    lineOfCustomer: Map<string, number>;
  },
): Promise<{ queued: number; skippedSuppressed: number; skippedInvalid: number; lineErrors: LineError[] }> {
  const { blast, survey, createdAt } = work;
  // The audit names who uploaded the list: the preparation acts for them.
  const actor: Actor | undefined = blast.createdBy
    ? { userId: blast.createdBy, role: 'supervisor', via: 'session' }
    : undefined;
  const suppressions = await findSuppressions(
    trx,
    work.batch.map((r) => suppressionKey(r.email)),
  );
  const emails: NewOutboundEmail[] = [];
  const lineErrors: LineError[] = [];
  let skippedSuppressed = 0;
  for (const recipient of work.batch) {
    if (!decideSend(suppressions.get(suppressionKey(recipient.email)), 'survey').send) {
      skippedSuppressed++;
      continue;
    }
    const customerId = await upsertRecipient(trx, actor, recipient);
    const earlier = customerId.ok ? work.lineOfCustomer.get(customerId.id) : undefined;
    if (!customerId.ok || earlier !== undefined) {
      lineErrors.push({
        line: recipient.line,
        reason: !customerId.ok
          ? customerId.reason
          : earlier
            ? `the same customer as line ${earlier}: each customer is asked once`
            : 'the same customer as an earlier line: each customer is asked once',
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
  return { queued: queued.length, skippedSuppressed, skippedInvalid: lineErrors.length, lineErrors };
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
