import type { Case } from '../../core/case/case.ts';
import type { NewCaseEvent } from '../../core/case/case-event.ts';
import { isCaseActive } from '../../core/case/case-status.ts';
import { assessComment } from '../../core/rating/comment-sentiment.ts';
import { customerValue, feedbackSeverity, needsRecovery } from '../../core/rating/feedback-rules.ts';
import type { RatingRequest } from '../../core/rating/rating-request.ts';
import type { Survey } from '../../core/rating/survey.ts';
import { lockActiveCaseForTouchpoint, lockCaseById, touchCase } from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import {
  listCommentBodies,
  listFeedbackAfter,
  type ReportableFeedback,
} from '../../store/rating-answer.store.ts';
import {
  findReportedThrough,
  lockRatingRequestById,
  markFeedbackReported,
} from '../../store/rating-request.store.ts';
import { findSurveyById } from '../../store/survey.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { openCaseIn } from '../cases/open-case.ts';
import type { AppContext } from '../context.ts';
import { getFeedbackRules } from './feedback-rules.ts';
import { setAsideScannerRuns } from './set-aside-scanner-runs.ts';

export type RecoveryOutcome = 'not_needed' | 'opened' | 'attached' | 'updated';

/**
 * First, a scanner's run of clicks is set aside (set-aside-scanner-runs.ts). Then negative feedback becomes recovery: the customer's active case for the same touchpoint gets the
 * feedback on its timeline, or a new case opens with an owner by the assignment rule and the rating
 * and comments as its first events. Never a duplicate: the request is locked, the case is found by
 * touchpoint, and what a timeline already tells is remembered, so a retried job adds nothing.
 */
export async function checkRatingRecovery(ctx: AppContext, requestId: string): Promise<RecoveryOutcome> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await lockRatingRequestById(trx, requestId);
    const survey = locked && (await findSurveyById(trx, locked.surveyId));
    if (!locked || !survey) return 'not_needed';
    const request = await setAsideScannerRuns(trx, locked, now);
    const rules = await getFeedbackRules(trx);
    const comments = await listCommentBodies(trx, request.id);
    const facts = {
      kind: survey.kind,
      score: request.lastScore,
      negativeComment: comments.some((c) => assessComment(c).isNegative),
    };
    const linked = request.caseId ? await lockCaseById(trx, request.caseId) : undefined;
    const linkedActive = linked && isCaseActive(linked.status) ? linked : undefined;
    // Once a case holds this feedback, later words from the customer belong on it, whatever their mood.
    if (!linkedActive && !needsRecovery(facts, rules)) return 'not_needed';

    const touchpoint = { type: request.touchpointType, ref: request.touchpointRef };
    const target = linkedActive ?? (await lockActiveCaseForTouchpoint(trx, request.customerId, touchpoint));
    const feedback = await listFeedbackAfter(trx, request.id, await findReportedThrough(trx, request.id));
    const events = feedbackEvents(survey, request, feedback);
    let outcome: RecoveryOutcome;
    let caseId: string;
    if (target) {
      if (events.length > 0) {
        await appendCaseEvents(trx, target.id, events, now);
        await touchCase(trx, target.id, now);
      }
      caseId = target.id;
      outcome = linkedActive ? 'updated' : 'attached';
    } else {
      const customer = await findCustomerById(trx, request.customerId);
      const severity = feedbackSeverity(
        {
          kind: survey.kind,
          score: request.lastScore,
          value: customer ? customerValue(customer.attributes, rules) : undefined,
        },
        rules,
      );
      const point = survey.scale.find((p) => p.score === request.lastScore);
      const opened = await openCaseIn(
        trx,
        undefined,
        {
          customerId: request.customerId,
          title: `${point ? `“${point.label}”` : 'Negative feedback'} on ${request.touchpointType} ${request.touchpointRef}`,
          story:
            comments[0] ??
            `The customer answered “${point?.label ?? request.lastScore}” to “${survey.question}” and has not said more yet.`,
          severity,
          channel: 'rating',
          teamId: request.teamId,
          touchpoint,
          firstEvents: events,
        },
        now,
      );
      caseId = opened.id;
      outcome = 'opened';
      await alertOwnerByEmail(trx, opened, now);
    }
    await markFeedbackReported(trx, request.id, {
      caseId,
      answerId: feedback.answers.at(-1)?.id ?? 0,
      commentId: feedback.comments.at(-1)?.id ?? 0,
    });
    await publishLive(trx, { type: 'case.changed', caseId });
    // The feedback monitor shows which case an answer led to.
    await publishLive(trx, { type: 'rating.recorded' });
    return outcome;
  });
}

/**
 * The new case's owner hears of it by email too (live in the console is not enough when nobody is
 * looking): one mail per case and owner, through the outbox, so a retried job cannot send two.
 */
async function alertOwnerByEmail(trx: Executor, opened: Case, now: Date): Promise<void> {
  const owner = await findUserById(trx, opened.ownerId);
  if (!owner) return;
  await queueOutboundEmails(trx, [
    {
      intentKey: `case-alert:${opened.id}:${owner.id}`,
      kind: 'case-alert',
      toAddress: owner.email,
      blastId: undefined,
      ratingRequestId: undefined,
      caseId: opened.id,
      createdAt: now,
    },
  ]);
}

function feedbackEvents(
  survey: Survey,
  request: RatingRequest,
  feedback: ReportableFeedback,
): NewCaseEvent[] {
  const touchpoint = { touchpointType: request.touchpointType, touchpointRef: request.touchpointRef };
  const answers: NewCaseEvent[] = feedback.answers.map((answer) => {
    const point = survey.scale.find((p) => p.score === answer.score);
    return {
      kind: 'feedback',
      actorUserId: undefined,
      body: undefined,
      data: {
        type: 'rating',
        requestId: request.id,
        survey: survey.name,
        score: answer.score,
        label: point?.label ?? String(answer.score),
        colour: point?.colour,
        ...touchpoint,
      },
    };
  });
  const comments: NewCaseEvent[] = feedback.comments.map((comment) => ({
    kind: 'feedback',
    actorUserId: undefined,
    body: comment.body,
    data: {
      type: 'comment',
      requestId: request.id,
      sentiment: assessComment(comment.body).score,
      ...touchpoint,
    },
  }));
  return [...answers, ...comments];
}
