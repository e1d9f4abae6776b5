import { z } from 'zod';
import { measureHappiness } from '../../../app/feedback/measure-happiness.ts';
import { HAPPINESS_GROUPINGS, HAPPINESS_PERIODS } from '../../../core/rating/happiness.ts';
import { happinessReportSchema, presentHappinessReport } from '../../presenters/happiness.presenter.ts';
import type { Route } from '../../route.ts';
import { instant } from '../../schemas/instant.ts';

const querystring = z.strictObject({
  /** survey, touchpointType, team (requests of no team are one group) or period. */
  groupBy: z.enum(HAPPINESS_GROUPINGS).default('survey'),
  /** With groupBy=period: day or week (UTC; weeks start on Monday). */
  period: z.enum(HAPPINESS_PERIODS).default('day'),
  /** Answers at or after this; default 30 days before `to`. A bare date is midnight UTC. */
  from: instant.optional(),
  /** Answers before this; default now. At most 366 days after `from`. */
  to: instant.optional(),
});

export const getHappinessRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/feedback/happiness', {
    schema: {
      summary:
        'The happiness factor (happy ÷ answers, each request once by its latest answer), overall and per group',
      tags: ['feedback'],
      querystring,
      response: { 200: happinessReportSchema },
    },
    handler: async (request) => presentHappinessReport(await measureHappiness(ctx, request.query)),
  });
};
