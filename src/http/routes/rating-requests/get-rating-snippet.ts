import { z } from 'zod';
import { getRatingSnippet } from '../../../app/rating-requests/get-rating-snippet.ts';
import { ratingSnippetFields } from '../../presenters/rating-request.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getRatingSnippetRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/rating-requests/:id/snippet', {
    schema: {
      summary: 'The rating question and links as email-safe HTML and plain text, to paste into any email',
      tags: ['ratings'],
      params: idParams,
      response: { 200: z.object(ratingSnippetFields) },
    },
    handler: async (request) => {
      const { html, text } = await getRatingSnippet(ctx, request.params.id);
      return { html, text };
    },
  });
};
