import { z } from 'zod';
import { getSurvey } from '../../../app/surveys/get-survey.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getSurveyRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/surveys/:id', {
    schema: {
      summary: 'One survey with its scale',
      tags: ['surveys'],
      params: idParams,
      response: { 200: z.object({ survey: surveySchema }) },
    },
    handler: async (request) => ({ survey: presentSurvey(await getSurvey(ctx, request.params.id)) }),
  });
};
