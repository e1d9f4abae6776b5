import { z } from 'zod';
import { updateFeedbackRules } from '../../../app/recovery/feedback-rules.ts';
import { authOf } from '../../plugins/auth.ts';
import { feedbackRulesSchema, presentFeedbackRules } from '../../presenters/feedback-rules.presenter.ts';
import { type Route, text } from '../../route.ts';

/** All four rules, every time: PUT replaces them. */
const body = z.strictObject({
  /** Open (or attach to) a recovery case when a rating is negative (thermometer amber or red, CSAT 1–2, NPS 0–6). */
  openCaseOnNegativeRating: z.boolean(),
  /** Open (or attach to) a case when a comment reads negative, whatever the score. */
  openCaseOnNegativeComment: z.boolean(),
  /** The customer attribute that holds their value, e.g. lifetimeValue. */
  valueAttribute: text(100),
  /** From this value up, a case opened from feedback is one severity higher. */
  highValueAtLeast: z.number().min(0).max(1e12),
});

export const updateFeedbackRulesRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/feedback-rules', {
    config: { access: 'admin' },
    schema: {
      summary: 'Replace the rules for negative feedback (admins)',
      tags: ['settings'],
      body,
      response: { 200: z.object({ rules: feedbackRulesSchema }) },
    },
    handler: async (request) => ({
      rules: presentFeedbackRules(await updateFeedbackRules(ctx, authOf(request).actor, request.body)),
    }),
  });
};
