import { z } from 'zod';
import { reconcileFollowUps } from '../../../app/follow-up/reconcile-follow-ups.ts';
import type { FollowUpGap } from '../../../core/follow-up/follow-up-gap.ts';
import { authOf } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

const gapSchema = z
  .object({
    caseId: z.string(),
    caseNumber: z.number(),
    caseTitle: z.string(),
    ownerId: z.string(),
    resolutionId: z.string(),
    /** 1 for the case's first resolution, 2 after a reopening, … */
    resolutionNumber: z.number(),
    resolvedAt: z.string(),
    followUpDueAt: z.string(),
    /** How many follow-ups went for this resolution: 0 (missing) or more than 1 (doubled). */
    sent: z.number(),
  })
  .meta({ id: 'FollowUpGap' });

const present = (gap: FollowUpGap): z.infer<typeof gapSchema> => ({
  caseId: gap.caseId,
  caseNumber: gap.caseNumber,
  caseTitle: gap.caseTitle,
  ownerId: gap.ownerId,
  resolutionId: gap.resolutionId,
  resolutionNumber: gap.resolutionNumber,
  resolvedAt: gap.resolvedAt.toISOString(),
  followUpDueAt: gap.followUpDueAt.toISOString(),
  sent: gap.sent,
});

export const reconcileFollowUpsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/reports/follow-ups', {
    config: { access: 'admin' },
    schema: {
      summary: 'Resolved cases whose follow-up is missing or doubled (admins): both lists must be empty',
      tags: ['reports'],
      response: {
        200: z
          .object({
            checkedAt: z.string(),
            /** Follow-ups due before this and not sent are missing (due time plus an hour's slack). */
            dueBefore: z.string(),
            missing: z.array(gapSchema),
            doubled: z.array(gapSchema),
          })
          .meta({ id: 'FollowUpReconciliation' }),
      },
    },
    handler: async (request) => {
      const result = await reconcileFollowUps(ctx, authOf(request).actor);
      return {
        checkedAt: result.checkedAt.toISOString(),
        dueBefore: result.dueBefore.toISOString(),
        missing: result.missing.map(present),
        doubled: result.doubled.map(present),
      };
    },
  });
};
