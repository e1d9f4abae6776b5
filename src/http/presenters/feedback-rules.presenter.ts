import { z } from 'zod';
import type { FeedbackRules } from '../../core/rating/feedback-rules.ts';

export const feedbackRulesSchema = z
  .object({
    /** Open (or attach to) a recovery case when a rating is negative. */
    openCaseOnNegativeRating: z.boolean(),
    /** Open (or attach to) a case when a comment reads negative, whatever the score. */
    openCaseOnNegativeComment: z.boolean(),
    /** The customer attribute that holds their value, e.g. lifetimeValue. */
    valueAttribute: z.string(),
    /** From this value up, a case opened from feedback is one severity higher. */
    highValueAtLeast: z.number(),
  })
  .meta({ id: 'FeedbackRules' });

export function presentFeedbackRules(rules: FeedbackRules): z.infer<typeof feedbackRulesSchema> {
  return {
    openCaseOnNegativeRating: rules.openCaseOnNegativeRating,
    openCaseOnNegativeComment: rules.openCaseOnNegativeComment,
    valueAttribute: rules.valueAttribute,
    highValueAtLeast: rules.highValueAtLeast,
  };
}
