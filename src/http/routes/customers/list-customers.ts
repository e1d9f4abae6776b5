import { z } from 'zod';
import { searchCustomers } from '../../../app/customers/search-customers.ts';
import { customerSchema, presentCustomer } from '../../presenters/customer.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Part of a name, email or external id. */
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const listCustomersRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/customers', {
    schema: {
      summary: 'Find customers',
      tags: ['customers'],
      querystring,
      response: { 200: z.object({ customers: z.array(customerSchema) }) },
    },
    handler: async (request) => ({
      customers: (await searchCustomers(ctx, request.query)).map(presentCustomer),
    }),
  });
};
