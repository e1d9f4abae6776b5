import { z } from 'zod';
import { saveTeamBudgets } from '../../../app/amends/save-team-budgets.ts';
import { authOf } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

export const updateAmendsBudgetsRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/amends/budgets', {
    config: { access: 'admin' },
    schema: {
      summary: "Replace the teams' monthly amends budgets, per currency (admins)",
      tags: ['settings'],
      body: z.strictObject({
        budgets: z
          .array(z.strictObject({ teamId: z.uuid(), currency: z.string().max(10), monthlyMinor: z.number() }))
          .max(1000),
      }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await saveTeamBudgets(ctx, authOf(request).actor, request.body.budgets);
      return reply.code(204).send(null);
    },
  });
};
