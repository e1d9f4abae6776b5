import { getCustomerStory } from '../../../app/customers/get-customer-story.ts';
import { customerStorySchema, presentCustomerStory } from '../../presenters/customer-story.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getCustomerStoryRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/customers/:id/story', {
    schema: {
      summary: 'One customer’s story: cases, survey answers and comments, blasts received, unsubscribes',
      tags: ['customers'],
      params: idParams,
      response: { 200: customerStorySchema },
    },
    handler: async (request) => presentCustomerStory(await getCustomerStory(ctx, request.params.id)),
  });
};
