import type { GestureState } from '../amends/gesture.ts';
import type { GestureKind } from '../amends/gesture-kind.ts';
import type { CaseStatus } from '../case/case-status.ts';
import type { Severity } from '../case/severity.ts';
import type { SuppressionReason } from '../mail/suppression.ts';
import type { ScalePoint } from '../rating/survey-scale.ts';
import type { Customer } from './customer.ts';

/** Everything that happened with one customer, each part newest first. */
export type CustomerStory = {
  customer: Customer;
  cases: StoryCase[];
  ratings: StoryRating[];
  amends: StoryAmend[];
  blasts: StoryBlast[];
  unsubscribes: StoryUnsubscribe[];
};

export type StoryCase = {
  id: string;
  number: number;
  title: string;
  status: CaseStatus;
  severity: Severity;
  ownerId: string;
  openedAt: Date;
};

/**
 * One gesture made to them on one of their cases, in any state: the history shows what was asked
 * for and declined as well as what was given, so nobody offers the same thing twice unknowingly.
 */
export type StoryAmend = {
  id: string;
  caseId: string;
  caseNumber: number;
  kind: GestureKind;
  label: string;
  amountMinor: number | undefined;
  currency: string | undefined;
  state: GestureState;
  requestedAt: Date;
  issuedAt: Date | undefined;
};

/** One survey sent to them: every answer they gave (they may change their mind) and every comment. */
export type StoryRating = {
  requestId: string;
  surveyName: string;
  touchpointType: string;
  touchpointRef: string;
  askedAt: Date;
  answers: { score: number; label: string; colour: string; at: Date }[];
  comments: { body: string; at: Date }[];
  caseId: string | undefined;
};

export type StoryBlast = {
  blastId: string;
  name: string;
  to: string;
  status: string;
  queuedAt: Date;
  sentAt: Date | undefined;
};

export type StoryUnsubscribe = { email: string; reason: SuppressionReason; at: Date };

/** How the person saw an answer: the survey's words and colour for the score, or the bare number. */
export function resolveAnswerLook(
  scale: readonly ScalePoint[],
  score: number,
): { label: string; colour: string } {
  const point = scale.find((p) => p.score === score);
  return point ? { label: point.label, colour: point.colour } : { label: String(score), colour: '#777777' };
}
