import type { NewCaseEvent } from '../case/case-event.ts';
import { changeOfMindEventData, isChangeOfMind, type SeenAnswer } from './change-of-mind.ts';
import { assessComment } from './comment-sentiment.ts';
import type { Survey } from './survey.ts';
import { moodOf } from './survey-scale.ts';

/** What a case has not been told yet of one rating request's feedback. */
export type UntoldFeedback = {
  requestId: string;
  touchpoint: { type: string; ref: string };
  /** The answer the case was last told of, if any: a change of mind is measured from it. */
  previous: { score: number } | undefined;
  answers: readonly { id: number; score: number }[];
  comments: readonly { answerId: number | undefined; body: string }[];
};

/**
 * The timeline events that tell a case a request's new feedback, in the order the customer gave it:
 * each answer, then — when it feels different from the one before — the change of mind, then the
 * comments written after that answer. Comments on an answer the case already knows come first.
 */
export function feedbackEvents(survey: Survey, feedback: UntoldFeedback): NewCaseEvent[] {
  const about = {
    requestId: feedback.requestId,
    touchpointType: feedback.touchpoint.type,
    touchpointRef: feedback.touchpoint.ref,
  };
  const seen = (score: number): SeenAnswer => {
    const point = survey.scale.find((p) => p.score === score);
    return {
      score,
      label: point?.label ?? String(score),
      colour: point?.colour,
      mood: moodOf(survey.kind, score),
    };
  };
  const commentEvent = (body: string): NewCaseEvent => ({
    kind: 'feedback',
    actorUserId: undefined,
    body,
    data: { type: 'comment', sentiment: assessComment(body).score, ...about },
  });
  const newAnswerIds = new Set(feedback.answers.map((a) => a.id));
  const events = feedback.comments
    .filter((c) => c.answerId === undefined || !newAnswerIds.has(c.answerId))
    .map((c) => commentEvent(c.body));
  let before = feedback.previous && seen(feedback.previous.score);
  for (const answer of feedback.answers) {
    const now = seen(answer.score);
    events.push({
      kind: 'feedback',
      actorUserId: undefined,
      body: undefined,
      data: { type: 'rating', survey: survey.name, ...now, ...about },
    });
    if (before && isChangeOfMind(before, now))
      events.push({
        kind: 'feedback',
        actorUserId: undefined,
        body: undefined,
        data: { ...changeOfMindEventData(before, now), ...about },
      });
    for (const comment of feedback.comments)
      if (comment.answerId === answer.id) events.push(commentEvent(comment.body));
    before = now;
  }
  return events;
}
