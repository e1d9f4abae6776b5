import type { Severity } from '../case/severity.ts';
import { type AnswerMood, moodOf, type SurveyKind } from './survey-scale.ts';

/**
 * What negative feedback does. Admins edit these; the defaults open a case for every negative
 * answer or clearly negative comment, and treat customers worth 1,000 or more as high value.
 */
export type FeedbackRules = {
  /** Open (or attach to) a recovery case when a rating is negative. */
  openCaseOnNegativeRating: boolean;
  /**
   * Open (or attach to) a case when a comment reads negative, whatever the score: "green, but the
   * courier was rude" is a complaint, and the default thermometer has no neutral answer to catch it.
   */
  openCaseOnNegativeComment: boolean;
  /** The customer attribute that holds their value, e.g. lifetimeValue. */
  valueAttribute: string;
  /** From this value up, a customer's case is one severity higher. */
  highValueAtLeast: number;
};

export const DEFAULT_FEEDBACK_RULES: FeedbackRules = {
  openCaseOnNegativeRating: true,
  openCaseOnNegativeComment: true,
  valueAttribute: 'lifetimeValue',
  highValueAtLeast: 1000,
};

/** The worst score of each scale: the customer is as unhappy as the survey lets them say. */
const WORST: Record<SurveyKind, number> = { thermometer: 1, csat: 1, nps: 3 };

/** Reads the customer's value from their attributes; a number or a numeric string, else undefined. */
export function customerValue(attributes: Record<string, unknown>, rules: FeedbackRules): number | undefined {
  const raw = attributes[rules.valueAttribute];
  const digits = typeof raw === 'string' ? raw.replace(/[^0-9.-]/g, '') : '';
  const value = typeof raw === 'number' ? raw : /\d/.test(digits) ? Number(digits) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The severity of a case opened from feedback: the worst scores (red, CSAT 1, NPS 0–3) are high,
 * other negative feedback normal; a high-value customer is one step more severe.
 * @example feedbackSeverity({ kind: 'thermometer', score: 1, value: 5000 }, DEFAULT_FEEDBACK_RULES) // 'critical'
 */
export function feedbackSeverity(
  facts: { kind: SurveyKind; score: number | undefined; value: number | undefined },
  rules: FeedbackRules,
): Severity {
  const worst = facts.score !== undefined && facts.score <= WORST[facts.kind];
  const base: Severity = worst ? 'high' : 'normal';
  if (facts.value === undefined || facts.value < rules.highValueAtLeast) return base;
  return base === 'high' ? 'critical' : 'high';
}

export type FeedbackFacts = {
  kind: SurveyKind;
  /** The latest score, if the customer rated. */
  score: number | undefined;
  /** Whether any comment on the request reads negative. */
  negativeComment: boolean;
};

/** Whether this feedback calls for a recovery case under the rules. */
export function needsRecovery(facts: FeedbackFacts, rules: FeedbackRules): boolean {
  const mood: AnswerMood | undefined =
    facts.score === undefined ? undefined : moodOf(facts.kind, facts.score);
  if (rules.openCaseOnNegativeRating && mood === 'negative') return true;
  return rules.openCaseOnNegativeComment && facts.negativeComment;
}
