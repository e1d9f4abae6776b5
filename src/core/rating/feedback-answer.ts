import type { ScalePoint, SurveyKind } from './survey-scale.ts';

/** One answer as the feedback monitor shows it: who gave it, about what, and where it led. */
export type FeedbackAnswer = {
  /** The answer's id; pages of answers are cut by it (newest first). */
  id: number;
  requestId: string;
  score: number;
  at: Date;
  /** False once the customer changed their mind: a later answer on the same request replaced it. */
  current: boolean;
  customer: { id: string; name: string };
  survey: { id: string; name: string; kind: SurveyKind; scale: ScalePoint[] };
  touchpoint: { type: string; ref: string };
  teamId: string | undefined;
  /** The recovery case the request's feedback opened or joined. */
  caseId: string | undefined;
};

/**
 * A customer's comment on a rating request, under the answer it was written after (so "the courier
 * threw it" stays under the red answer when the customer later clicks green). Untrusted text, always
 * rendered as text.
 */
export type FeedbackComment = {
  id: number;
  requestId: string;
  answerId: number | undefined;
  body: string;
  at: Date;
};
