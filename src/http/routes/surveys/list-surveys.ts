import { z } from 'zod';
import { listSurveys as listSurveysUseCase } from '../../../app/ratings/list-surveys.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import type { Route } from '../../route.ts';

export const listSurveys: Route = (api, { ctx }) => {
  api.get('/api/v1/surveys', {
    schema: {
      summary: 'All surveys, active or not',
      tags: ['surveys'],
      response: { 200: z.object({ surveys: z.array(surveySchema) }) },
    },
    handler: async () => ({ surveys: (await listSurveysUseCase(ctx)).map(presentSurvey) }),
  });
};
