import { z } from 'zod';
import { createRatingRequest } from '../../../app/rating-requests/create-rating-request.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  presentRatingLink,
  presentRatingRequest,
  ratingLinkSchema,
  ratingRequestSchema,
} from '../../presenters/rating-request.presenter.ts';
import type { Route } from '../../route.ts';
import { ratingRequestBody } from '../../schemas/rating-request-body.ts';

export const createRatingRequestRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/rating-requests', {
    schema: {
      summary: 'Ask a customer to rate a touchpoint; returns one signed link per answer',
      tags: ['ratings'],
      body: ratingRequestBody,
      response: {
        201: z.object({ ratingRequest: ratingRequestSchema, links: z.array(ratingLinkSchema) }),
      },
    },
    handler: async (request, reply) => {
      const detail = await createRatingRequest(ctx, authOf(request).actor, request.body);
      return reply.code(201).send({
        ratingRequest: presentRatingRequest(detail.ratingRequest),
        links: detail.links.map(presentRatingLink),
      });
    },
  });
};
