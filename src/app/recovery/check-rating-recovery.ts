import type { Case } from '../../core/case/case.ts';
import { isCaseActive } from '../../core/case/case-status.ts';
import { assessComment } from '../../core/rating/comment-sentiment.ts';
import { feedbackEvents } from '../../core/rating/feedback-events.ts';
import { customerValue, feedbackSeverity, needsRecovery } from '../../core/rating/feedback-rules.ts';
import {
  lockActiveCaseForTouchpoint,
  lockCaseById,
  touchCase,
  updateCaseStory,
} from '../../store/case.store.ts';
import { appendCaseEvents } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import type { Executor } from '../../store/db.ts';
import { publishLive } from '../../store/live.store.ts';
import { queueOutboundEmails } from '../../store/outbound-email.store.ts';
import { findLatestAnswer, listFeedbackAfter, listRequestComments } from '../../store/rating-answer.store.ts';
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
    const written = await listRequestComments(trx, request.id);
    const comments = written.map((c) => c.body);
    // Only the words written after the current answer speak for it: "it arrived smashed" under a red
    // answer the customer later changed to green is not a complaint about the green one.
    const current = await findLatestAnswer(trx, request.id);
    const currentWords = written.filter((c) => c.answerId === current?.id);
    const facts = {
      kind: survey.kind,
      score: request.lastScore,
      negativeComment: currentWords.some((c) => assessComment(c.body).isNegative),
    };
    const linked = request.caseId ? await lockCaseById(trx, request.caseId) : undefined;
    const linkedActive = linked && isCaseActive(linked.status) ? linked : undefined;
    // Once a case holds this feedback, later words from the customer belong on it, whatever their mood.
    if (!linkedActive && !needsRecovery(facts, rules)) return 'not_needed';

    const touchpoint = { type: request.touchpointType, ref: request.touchpointRef };
    const target = linkedActive ?? (await lockActiveCaseForTouchpoint(trx, request.customerId, touchpoint));
    const feedback = await listFeedbackAfter(trx, request.id, await findReportedThrough(trx, request.id));
    // A check with nothing new to tell (a job queued twice, or run again after its case was resolved)
    // must not open a second case for feedback the first one already holds.
    if (request.caseId && feedback.answers.length === 0 && feedback.comments.length === 0)
      return 'not_needed';
    const events = feedbackEvents(survey, { requestId: request.id, touchpoint, ...feedback });
    let outcome: RecoveryOutcome;
    let caseId: string;
    if (target) {
      // A case opened by a bare rating waits for the customer's words; their first comment is the story.
      const words = target.storyAwaitsCustomer ? feedback.comments[0]?.body : undefined;
      if (words) {
        await updateCaseStory(trx, target.id, words, now);
        events.push({
          kind: 'story_told',
          actorUserId: undefined,
          body: undefined,
          data: { previous: target.story, requestId: request.id },
        });
      }
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
          storyAwaitsCustomer: comments.length === 0,
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
