import { z } from 'zod';
import { updateSurvey } from '../../../app/surveys/update-survey.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';
import { scaleBody } from '../../schemas/survey-scale.ts';

const body = z.strictObject({
  name: text(200).optional(),
  question: text(500).optional(),
  /** New requests default to it; requests already made keep theirs. */
  touchpointType: text(100).optional(),
  /** Replaces the whole scale: every score of the survey's kind, once. */
  scale: scaleBody.optional(),
  /** An inactive survey keeps its answers and links working, but new rating requests cannot use it. */
  active: z.boolean().optional(),
});

export const updateSurveyRoute: Route = (api, { ctx }) => {
  api.patch('/api/v1/surveys/:id', {
    config: { access: 'admin' },
    schema: {
      summary: 'Change a survey’s words, scale or whether it is in use (admins)',
      tags: ['surveys'],
      params: idParams,
      body,
      response: { 200: z.object({ survey: surveySchema }) },
    },
    handler: async (request) => ({
      survey: presentSurvey(await updateSurvey(ctx, authOf(request).actor, request.params.id, request.body)),
    }),
  });
};
