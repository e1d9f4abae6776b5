import { z } from 'zod';
import { upsertCustomer } from '../../../app/customers/upsert-customer.ts';
import { authOf } from '../../plugins/auth.ts';
import { customerSchema, presentCustomer } from '../../presenters/customer.presenter.ts';
import type { Route } from '../../route.ts';
import { customerDetailsBody } from '../../schemas/customer-details.ts';

export const upsertCustomerRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/customers', {
    schema: {
      summary: 'Create a customer, or update the one with the same external id or email',
      tags: ['customers'],
      body: customerDetailsBody,
      response: { 200: z.object({ customer: customerSchema }), 201: z.object({ customer: customerSchema }) },
    },
    handler: async (request, reply) => {
      const { customer, created } = await upsertCustomer(ctx, authOf(request).actor, request.body);
      return reply.code(created ? 201 : 200).send({ customer: presentCustomer(customer) });
    },
  });
};
