import { z } from 'zod';
import { listSurveys } from '../../../app/surveys/list-surveys.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import type { Route } from '../../route.ts';

export const listSurveysRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/surveys', {
    schema: {
      summary: 'All surveys, active or not',
      tags: ['surveys'],
      response: { 200: z.object({ surveys: z.array(surveySchema) }) },
    },
    handler: async () => ({ surveys: (await listSurveys(ctx)).map(presentSurvey) }),
  });
};
