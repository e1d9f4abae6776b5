import { z } from 'zod';
import { updateFollowUpSettings } from '../../../app/follow-up/follow-up-settings.ts';
import { FOLLOW_UP_LIMITS } from '../../../core/follow-up/follow-up-settings.ts';
import { authOf } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';
import { followUpSettingsSchema } from './get-follow-up-settings.ts';

const days = (name: string, { min, max }: { min: number; max: number }) =>
  z
    .number({ error: `Give ${name} as a whole number of days.` })
    .int({ error: `Give ${name} as a whole number of days.` })
    .min(min, { error: `${name} must be at least ${min}.` })
    .max(max, { error: `${name} must be at most ${max}.` });

const body = z.strictObject({
  reopenWithinDays: days('reopenWithinDays', FOLLOW_UP_LIMITS.reopenWithinDays),
  followUpBusinessDays: days('followUpBusinessDays', FOLLOW_UP_LIMITS.followUpBusinessDays),
});

export const updateFollowUpSettingsRoute: Route = (api, { ctx }) => {
  api.put('/api/v1/settings/follow-up', {
    config: { access: 'admin' },
    schema: {
      summary: 'Change when a reply reopens a resolved case and when the follow-up goes (admins)',
      tags: ['settings'],
      body,
      response: { 200: followUpSettingsSchema },
    },
    handler: async (request) => updateFollowUpSettings(ctx, authOf(request).actor, request.body),
  });
};
