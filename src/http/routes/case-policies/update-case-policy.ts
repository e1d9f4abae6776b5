import { z } from 'zod';
import { updateCasePolicy } from '../../../app/case-policies/update-case-policy.ts';
import { SEVERITIES } from '../../../core/case/severity.ts';
import { authOf } from '../../plugins/auth.ts';
import { casePolicySchema, presentCasePolicy } from '../../presenters/case-policy.presenter.ts';
import type { Route } from '../../route.ts';

const params = z.strictObject({
  severity: z.enum(SEVERITIES, {
    error: 'The severity in the address must be critical, high, normal or low.',
  }),
});
// Types only here; the rules and their sentences are core/case/case-policy-rules.ts.
const budget = z.strictObject({ minutes: z.number(), business: z.boolean() });
const body = z.strictObject({
  acknowledgeWithin: budget,
  updateEvery: budget,
  resolveWithin: budget,
  holdingMessage: z.boolean(),
});

export const updateCasePolicyRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/case-policies/:severity', {
    config: { access: 'admin' },
    schema: {
      summary: 'Replace a severity’s clocks (admins); its active cases’ due times are recomputed',
      description:
        'Refused with 400, changing nothing, when minutes are not whole, below 1 or above 90 days, or the cadence (updateEvery) or acknowledgeWithin is longer than resolveWithin. Up to 100 active cases are recomputed before the answer; more, by a job in batches.',
      tags: ['clocks'],
      params,
      body,
      response: { 200: casePolicySchema },
    },
    handler: async (request) =>
      presentCasePolicy(
        await updateCasePolicy(ctx, authOf(request).actor, {
          severity: request.params.severity,
          ...request.body,
        }),
      ),
  });
};
