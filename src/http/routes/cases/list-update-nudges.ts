import { z } from 'zod';
import { listUpdateNudges } from '../../../app/cases/list-update-nudges.ts';
import { authOf } from '../../plugins/auth.ts';
import { caseListItemSchema, presentCaseListItem } from '../../presenters/case.presenter.ts';
import type { Route } from '../../route.ts';

const querystring = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

const updateNudgeSchema = caseListItemSchema
  .extend({
    /** When the update clock ran out. */
    nudgedAt: z.iso.datetime(),
    /** The severity's update cadence in minutes: "no update for 2 hours". */
    cadenceMinutes: z.number().int(),
  })
  .meta({ id: 'UpdateNudge' });

export const listUpdateNudgesRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/cases/update-nudges', {
    schema: {
      summary:
        "The caller's active cases whose customer has heard nothing for a whole update cadence, longest silent first (their “send an update now” alerts; gone once a person writes to the customer)",
      tags: ['cases'],
      querystring,
      response: { 200: z.object({ cases: z.array(updateNudgeSchema) }) },
    },
    handler: async (request) => ({
      cases: (await listUpdateNudges(ctx, authOf(request).actor, request.query)).map((nudge) => ({
        ...presentCaseListItem(nudge),
        nudgedAt: nudge.nudgedAt.toISOString(),
        cadenceMinutes: nudge.cadenceMinutes,
      })),
    }),
  });
};
