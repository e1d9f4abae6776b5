import { z } from 'zod';
import { listCases } from '../../../app/cases/list-cases.ts';
import { CASE_STATUSES } from '../../../core/case/case-status.ts';
import { caseListItemSchema, presentCaseListItem } from '../../presenters/case.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  /** Comma-separated statuses; default: open,acknowledged (the inbox). */
  status: z
    .string()
    .transform((value) => value.split(',').map((s) => s.trim()))
    .pipe(z.array(z.enum(CASE_STATUSES)).min(1))
    .optional(),
  ownerId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const listCasesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases', {
    schema: {
      summary: 'Cases in urgency order: unacknowledged first, then severity, then longest waiting',
      tags: ['cases'],
      querystring,
      response: { 200: z.object({ cases: z.array(caseListItemSchema) }) },
    },
    handler: async (request) => {
      const { status, ...rest } = request.query;
      return { cases: (await listCases(ctx, { ...rest, statuses: status })).map(presentCaseListItem) };
    },
  });
};
