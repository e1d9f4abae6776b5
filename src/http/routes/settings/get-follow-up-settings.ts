import { z } from 'zod';
import { getFollowUpSettings } from '../../../app/follow-up/follow-up-settings.ts';
import type { Route } from '../../route.ts';

export const followUpSettingsSchema = z
  .object({
    /** A customer's reply within this many days of resolution reopens the case; later, it opens a new one. */
    reopenWithinDays: z.number(),
    /** The follow-up (email, rating, call task) goes this many business days after resolution. */
    followUpBusinessDays: z.number(),
  })
  .meta({ id: 'FollowUpSettings' });

export const getFollowUpSettingsRoute: Route = (api, { ctx }) => {
  api.get('/api/v1/settings/follow-up', {
    schema: {
      summary: 'When a reply reopens a resolved case, and when the follow-up goes',
      tags: ['settings'],
      response: { 200: followUpSettingsSchema },
    },
    handler: async () => getFollowUpSettings(ctx.db),
  });
};
