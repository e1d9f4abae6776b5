import { z } from 'zod';
import { saveAuthorityLimits } from '../../../app/amends/save-authority-limits.ts';
import { ROLES } from '../../../core/team/role.ts';
import { authOf } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

const amount = z.number().nullable();

export const updateAmendsLimitsRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/amends/limits', {
    config: { access: 'admin' },
    schema: {
      summary: 'Replace the authority limits: per role, gesture and currency (admins)',
      tags: ['settings'],
      body: z.strictObject({
        limits: z
          .array(
            z.strictObject({
              role: z.enum(ROLES),
              gestureTypeId: z.uuid(),
              /** ISO 4217; null for gestures without money. */
              currency: z.string().max(10).nullable(),
              /** Whole minor units; null: not limited in that dimension. */
              perGestureMinor: amount,
              perCaseMinor: amount,
              perAgentMonthMinor: amount,
            }),
          )
          .max(1000),
      }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      await saveAuthorityLimits(
        ctx,
        authOf(request).actor,
        request.body.limits.map((limit) => ({
          role: limit.role,
          gestureTypeId: limit.gestureTypeId,
          currency: limit.currency ?? undefined,
          perGestureMinor: limit.perGestureMinor ?? undefined,
          perCaseMinor: limit.perCaseMinor ?? undefined,
          perAgentMonthMinor: limit.perAgentMonthMinor ?? undefined,
        })),
      );
      return reply.code(204).send(null);
    },
  });
};
