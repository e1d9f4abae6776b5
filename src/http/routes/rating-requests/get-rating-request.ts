import { z } from 'zod';
import { getRatingRequest } from '../../../app/rating-requests/get-rating-request.ts';
import {
  presentRatingLink,
  presentRatingRequest,
  ratingLinkSchema,
  ratingRequestSchema,
} from '../../presenters/rating-request.presenter.ts';
import { presentSurvey, surveySchema } from '../../presenters/survey.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getRatingRequestRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/rating-requests/:id', {
    schema: {
      summary: 'One rating request with its survey and its links',
      tags: ['ratings'],
      params: idParams,
      response: {
        200: z.object({
          ratingRequest: ratingRequestSchema,
          survey: surveySchema,
          links: z.array(ratingLinkSchema),
        }),
      },
    },
    handler: async (request) => {
      const detail = await getRatingRequest(ctx, request.params.id);
      return {
        ratingRequest: presentRatingRequest(detail.ratingRequest),
        survey: presentSurvey(detail.survey),
        links: detail.links.map(presentRatingLink),
      };
    },
  });
};
