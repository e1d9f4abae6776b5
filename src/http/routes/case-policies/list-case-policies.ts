import { z } from 'zod';
import { listCasePolicies } from '../../../app/case-policies/list-case-policies.ts';
import { casePolicySchema, presentCasePolicy } from '../../presenters/case-policy.presenter.ts';
import type { Route } from '../../route.ts';

export const listCasePoliciesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/case-policies', {
    schema: {
      summary: 'Each severity’s clocks: acknowledge within, update every, resolve within',
      tags: ['clocks'],
      response: { 200: z.object({ policies: z.array(casePolicySchema) }) },
    },
    handler: async () => ({ policies: (await listCasePolicies(ctx)).map(presentCasePolicy) }),
  });
};
