import { z } from 'zod';
import { getCustomer } from '../../../app/customers/get-customer.ts';
import { customerSchema, presentCustomer } from '../../presenters/customer.presenter.ts';
import { idParams, type Route } from '../../route.ts';

export const getCustomerRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/customers/:id', {
    schema: {
      summary: 'One customer',
      tags: ['customers'],
      params: idParams,
      response: { 200: z.object({ customer: customerSchema }) },
    },
    handler: async (request) => ({
      customer: presentCustomer(await getCustomer(ctx, request.params.id)),
    }),
  });
};
