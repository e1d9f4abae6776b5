import { z } from 'zod';
import { measurePromises, PROMISE_GROUPINGS } from '../../../app/promises/measure-promises.ts';
import type { Route } from '../../route.ts';
import { instant } from '../../schemas/instant.ts';

const querystring = z.strictObject({
  /** agent (who made the promise) or team (the case's; cases without a team are one group). */
  groupBy: z.enum(PROMISE_GROUPINGS, { error: 'Group by must be agent or team.' }).default('agent'),
  /** Promises that ended at or after this; default 30 days before `to`. A bare date is midnight UTC. */
  from: instant.optional(),
  /** Promises that ended before this; default now. At most 366 days after `from`. */
  to: instant.optional(),
});

const tally = {
  kept: z.number().int(),
  broken: z.number().int(),
  /** Replaced by a new promise: counted in neither side of the rate. */
  renegotiated: z.number().int(),
  /** kept ÷ (kept + broken); null when none ended. */
  keptRate: z.number().nullable(),
};

const reportSchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    groupBy: z.enum(PROMISE_GROUPINGS),
    total: z.object(tally),
    groups: z.array(z.object({ id: z.uuid().nullable(), name: z.string(), ...tally })),
  })
  .meta({ id: 'PromiseReport' });

export const getPromiseReportRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/reports/promises', {
    config: { access: 'supervisor' },
    schema: {
      summary: 'The promise-kept rate per agent or team over a period',
      description:
        'Of the promises that ended in [from, to) — kept or broken — the share kept, overall and per group. Renegotiated promises are counted beside the rate: the promise that replaced each ends later.',
      tags: ['promises'],
      querystring,
      response: { 200: reportSchema },
    },
    handler: async (request) => {
      const report = await measurePromises(ctx, request.query);
      const rate = (r: number | undefined) => r ?? null;
      return {
        from: report.from.toISOString(),
        to: report.to.toISOString(),
        groupBy: report.groupBy,
        total: { ...report.total, keptRate: rate(report.total.keptRate) },
        groups: report.groups.map((g) => ({ ...g, id: g.id ?? null, keptRate: rate(g.keptRate) })),
      };
    },
  });
};
