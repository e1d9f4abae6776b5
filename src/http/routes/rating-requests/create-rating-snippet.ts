import { z } from 'zod';
import { createRatingRequest } from '../../../app/rating-requests/create-rating-request.ts';
import { ratingSnippetOf } from '../../../app/rating-requests/get-rating-snippet.ts';
import { authOf } from '../../plugins/auth.ts';
import {
  presentRatingRequest,
  ratingRequestSchema,
  ratingSnippetFields,
} from '../../presenters/rating-request.presenter.ts';
import type { Route } from '../../route.ts';
import { ratingRequestBody } from '../../schemas/rating-request-body.ts';

export const createRatingSnippetRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/rating-requests/snippet', {
    schema: {
      summary: 'Create a rating request and return its email snippet in one call',
      tags: ['ratings'],
      body: ratingRequestBody,
      response: { 201: z.object({ ratingRequest: ratingRequestSchema, ...ratingSnippetFields }) },
    },
    handler: async (request, reply) => {
      const detail = await createRatingRequest(ctx, authOf(request).actor, request.body);
      const { html, text } = ratingSnippetOf(detail);
      return reply.code(201).send({ ratingRequest: presentRatingRequest(detail.ratingRequest), html, text });
    },
  });
};
