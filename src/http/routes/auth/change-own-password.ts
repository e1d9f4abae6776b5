import { z } from 'zod';
import { changeOwnPassword } from '../../../app/auth/change-own-password.ts';
import { MIN_PASSWORD_LENGTH } from '../../../core/team/user.ts';
import { authOf, SESSION_COOKIE } from '../../plugins/auth.ts';
import type { Route } from '../../route.ts';

const body = z.strictObject({
  /** The password you signed in with. */
  currentPassword: z.string().min(1).max(1000),
  /** At least 12 characters ("New password needs at least 12 characters." otherwise). */
  newPassword: z.string().min(MIN_PASSWORD_LENGTH).max(1000),
});

const answer = z.object({
  /** Your sessions on other browsers, now signed out; this one stays signed in. */
  endedSessions: z.number().int(),
  /** Your API tokens that still work: they are kept (revoke them under Settings). */
  liveApiTokens: z.number().int(),
  /** What happened, in a sentence to show. */
  message: z.string(),
});

export const changeOwnPasswordRoute: Route = (api, { ctx }) => {
  api.post('/api/v1/me/password', {
    // Guessing the current password from a browser left signed in is as slow as guessing a login.
    config: { rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: {
      summary: 'Change your own password, with the current one; your other sessions end',
      tags: ['auth'],
      body,
      response: { 200: answer },
    },
    handler: async (request) => {
      const auth = authOf(request);
      const changed = await changeOwnPassword(ctx, auth.actor, {
        ...request.body,
        sessionToken: auth.actor.via === 'session' ? request.cookies[SESSION_COOKIE] : undefined,
      });
      return { ...changed, message: describe(changed) };
    },
  });
};

function describe({
  endedSessions,
  liveApiTokens,
}: {
  endedSessions: number;
  liveApiTokens: number;
}): string {
  const sessions =
    endedSessions === 0
      ? 'You were not signed in anywhere else.'
      : `You are signed out on ${endedSessions === 1 ? 'one other browser' : `${endedSessions} other browsers`}.`;
  const tokens =
    liveApiTokens === 0
      ? ''
      : ` Your ${liveApiTokens === 1 ? 'API token still works' : `${liveApiTokens} API tokens still work`}: revoke any you do not recognise under Settings.`;
  return `Your password is changed. ${sessions}${tokens}`;
}
