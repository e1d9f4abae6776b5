import type { FeedbackAnswer, FeedbackComment } from '../../core/rating/feedback-answer.ts';
import { type AnswerMood, moodOf } from '../../core/rating/survey-scale.ts';
import { listFeedbackAnswers, listLatestComments } from '../../store/feedback.store.ts';
import type { AppContext } from '../context.ts';

/** Comments shown per answer: the latest ones; a customer who writes fifty is still one entry. */
export const COMMENTS_PER_ANSWER = 10;

/** An answer as the monitor shows it: how it looked to the customer, how it feels, what they wrote. */
export type FeedbackEntry = FeedbackAnswer & {
  label: string;
  colour: string;
  mood: AnswerMood;
  /** The latest comments written after this answer (not after the request's other answers), oldest first. */
  comments: FeedbackComment[];
};

export type FeedbackPage = {
  entries: FeedbackEntry[];
  /** Pass as `before` for the next (older) page; undefined on the last page. */
  nextBefore: number | undefined;
};

/** The latest answers, newest first, each with who gave it, about what, its comments and its case. */
export async function listFeedback(
  ctx: AppContext,
  page: { limit: number; before?: number | undefined },
): Promise<FeedbackPage> {
  // One more than asked tells whether an older page exists without a second query.
  const answers = await listFeedbackAnswers(ctx.db, { limit: page.limit + 1, before: page.before });
  const shown = answers.slice(0, page.limit);
  const comments = await listLatestComments(
    ctx.db,
    shown.map((a) => a.id),
    COMMENTS_PER_ANSWER,
  );
  const entries = shown.map((answer) => {
    const point = answer.survey.scale.find((p) => p.score === answer.score);
    return {
      ...answer,
      label: point?.label ?? String(answer.score),
      colour: point?.colour ?? '#8A8F98',
      mood: moodOf(answer.survey.kind, answer.score),
      comments: comments.filter((c) => c.answerId === answer.id),
    };
  });
  return { entries, nextBefore: answers.length > page.limit ? shown.at(-1)?.id : undefined };
}
