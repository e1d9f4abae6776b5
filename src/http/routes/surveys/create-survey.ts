import { z } from 'zod';
import { createSurvey } from '../../../app/surveys/create-survey.ts';
import { SURVEY_KINDS } from '../../../core/rating/survey-scale.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import { type Route, text } from '../../route.ts';
import { scaleBody } from '../../schemas/survey-scale.ts';

const body = z.strictObject({
  /** For the console, e.g. "After delivery". */
  name: text(200),
  /** thermometer (gold, green, amber, red), csat (1–5) or nps (0–10). Cannot change later. */
  kind: z.enum(SURVEY_KINDS).default('thermometer'),
  /** The kind of touchpoint it follows, e.g. "delivery"; happiness is reported per type. */
  touchpointType: text(100),
  /** Shown above the answers, e.g. "How did we do with your delivery?" */
  question: text(500),
  /** The answers in the order shown; the kind's default scale when absent. */
  scale: scaleBody.optional(),
});

export const createSurveyRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/surveys', {
    config: { access: 'admin' },
    schema: {
      summary: 'Create a survey (admins)',
      tags: ['surveys'],
      body,
      response: { 201: z.object({ survey: surveySchema }) },
    },
    handler: async (request, reply) => {
      const survey = await createSurvey(ctx, authOf(request).actor, request.body);
      return reply.code(201).send({ survey: presentSurvey(survey) });
    },
  });
};
