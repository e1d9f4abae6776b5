import { randomUUID } from 'node:crypto';
import { amendsPhrase } from '../../core/amends/amends-words.ts';
import { addressIn, assertCustomerReachable, recipientOf } from '../../core/conversation/case-message.ts';
import { type FollowUpFacts, followUpCallScript } from '../../core/follow-up/follow-up-message.ts';
import { RECOVERY_TOUCHPOINT, recoveryTouchpointRef } from '../../core/follow-up/recovery-rating.ts';
import { suppressionKey } from '../../core/mail/suppression.ts';
import { firstNameOf } from '../../core/message-template/template-values.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { isAppError } from '../../core/shared/app-error.ts';
import { addBusinessDays } from '../../core/time/business-time.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { lockCaseById } from '../../store/case.store.ts';
import { appendCaseEvents, findLatestCustomerEmailFrom } from '../../store/case-event.store.ts';
import { listCaseNeedAnswers } from '../../store/case-need-answer.store.ts';
import { findLatestResolution, findResolutionById } from '../../store/case-resolution.store.ts';
import { insertCaseTask } from '../../store/case-task.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { Executor } from '../../store/db.ts';
import { findSuppressions } from '../../store/email-suppression.store.ts';
import { claimFollowUp, completeFollowUp } from '../../store/follow-up.store.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { linkRatingRequestToCase } from '../../store/rating-request.store.ts';
import { listSurveys } from '../../store/survey.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { listCaseAmends } from '../amends/list-case-amends.ts';
import type { AppContext } from '../context.ts';
import { createRatingRequestIn } from '../rating-requests/create-rating-request.ts';
import { brandForCustomers } from '../settings/brand.ts';

export type FollowUpOutcome = 'sent' | 'already_sent' | 'not_owed';

/**
 * The follow-up of one resolution, in the caller's transaction (the timer's claim): the follow-up
 * email with its recovery rating request queued in the outbox, and a call task for the owner with its
 * script — all or nothing, and at most once per resolution (follow_ups is unique on it; a second
 * attempt, a retried job, another instance finds it claimed). Nothing is owed when the case was
 * reopened or resolved again since.
 */
export async function sendFollowUp(
  ctx: AppContext,
  trx: Executor,
  resolutionId: string,
  now: Date,
): Promise<FollowUpOutcome> {
  const resolution = await findResolutionById(trx, resolutionId);
  if (!resolution) return 'not_owed';
  const current = await lockCaseById(trx, resolution.caseId);
  if (!current || (current.status !== 'resolved' && current.status !== 'closed')) return 'not_owed';
  if (resolution.followUpCancelledAt) return 'not_owed';
  if ((await findLatestResolution(trx, current.id))?.id !== resolution.id) return 'not_owed';
  const claim = await claimFollowUp(trx, { caseId: current.id, resolutionId: resolution.id, now });
  if (!claim) return 'already_sent';

  const [customer, owner, brand, hours] = await Promise.all([
    findCustomerById(trx, current.customerId),
    findUserById(trx, current.ownerId),
    brandForCustomers(ctx),
    findBusinessHours(trx, current.teamId),
  ]);
  if (!customer) throw new Error(`case ${current.id} points at a missing customer`);
  const facts: FollowUpFacts = {
    customerFirstName: firstNameOf(customer.name),
    ownerFirstName: firstNameOf(owner?.name ?? ''),
    businessName: brand.businessName,
    caseNumber: current.number,
    caseTitle: current.title,
    resolution,
    // Only what was issued: a follow-up never names a gesture still waiting for approval.
    amends: (await listCaseAmends({ db: trx }, current.id)).map(amendsPhrase),
    needs: await listCaseNeedAnswers(trx, current.id),
  };

  const to = recipientOf(customer.emails, addressIn(await findLatestCustomerEmailFrom(trx, current.id)));
  const suppression = to
    ? (await findSuppressions(trx, [suppressionKey(to)])).get(suppressionKey(to))
    : undefined;
  // The call still happens when the customer cannot be mailed; the timeline says why no email went.
  let unreachable: string | undefined;
  try {
    assertCustomerReachable(to, suppression?.reason);
  } catch (error) {
    if (!isAppError(error)) throw error;
    unreachable = error.message;
  }

  let emailId: string | undefined;
  let ratingRequestId: string | undefined;
  if (!unreachable && to) {
    const survey = recoverySurvey(await listSurveys(trx));
    if (survey) {
      const request = await createRatingRequestIn(trx, undefined, {
        survey,
        customerId: customer.id,
        touchpointType: RECOVERY_TOUCHPOINT,
        touchpointRef: recoveryTouchpointRef(current.number, resolution.number),
        teamId: current.teamId,
        createdAt: now,
      });
      await linkRatingRequestToCase(trx, request.id, current.id);
      ratingRequestId = request.id;
    }
    emailId = randomUUID();
    await queueOutboundEmails(trx, [
      {
        id: emailId,
        intentKey: `follow-up:${resolution.id}`,
        kind: 'follow-up',
        toAddress: to,
        blastId: undefined,
        ratingRequestId,
        caseId: current.id,
        caseEventId: undefined,
        createdAt: now,
      },
    ]);
  }

  const task = await insertCaseTask(trx, {
    caseId: current.id,
    kind: 'follow_up_call',
    assigneeUserId: current.ownerId,
    what: `Call ${customer.name || 'the customer'} to follow up on the resolution of case #${current.number}`,
    script: followUpCallScript({ ...facts, customerName: customer.name }),
    // A day for the call after the mail goes, not overdue the moment it is made.
    dueAt: addBusinessDays(now, 1, hours),
    createdAt: now,
  });
  await completeFollowUp(trx, claim.id, { emailId, ratingRequestId, taskId: task.id });
  await appendCaseEvents(
    trx,
    current.id,
    [
      {
        kind: 'follow_up_sent',
        actorUserId: undefined,
        body: unreachable
          ? `No follow-up email: ${unreachable}. A follow-up call is on the owner's tasks.`
          : `Follow-up email to ${to}, with a one-click rating; a follow-up call is on the owner's tasks.`,
        data: {
          resolutionNumber: resolution.number,
          emailId,
          ratingRequestId,
          taskId: task.id,
          to,
        },
      },
    ],
    now,
  );
  await publishLive(trx, { type: 'case.changed', caseId: current.id });
  return 'sent';
}

/** The survey a recovery rating asks with: an active one meant for recovery, else the first active one. */
function recoverySurvey(surveys: readonly Survey[]): Survey | undefined {
  const active = surveys.filter((s) => s.active);
  return active.find((s) => s.touchpointType === RECOVERY_TOUCHPOINT) ?? active[0];
}
