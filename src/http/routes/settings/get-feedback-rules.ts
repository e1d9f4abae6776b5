import { z } from 'zod';
import { getFeedbackRules } from '../../../app/recovery/feedback-rules.ts';
import { feedbackRulesSchema, presentFeedbackRules } from '../../presenters/feedback-rules.presenter.ts';
import type { Route } from '../../route.ts';

export const getFeedbackRulesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/settings/feedback-rules', {
    schema: {
      summary: 'What negative feedback does: the rules in force',
      tags: ['settings'],
      response: { 200: z.object({ rules: feedbackRulesSchema }) },
    },
    handler: async () => ({ rules: presentFeedbackRules(await getFeedbackRules(ctx.db)) }),
  });
};
