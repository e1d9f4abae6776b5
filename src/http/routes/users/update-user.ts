import { z } from 'zod';
import { updateUser } from '../../../app/users/update-user.ts';
import { ROLES } from '../../../core/team/role.ts';
import { MIN_PASSWORD_LENGTH } from '../../../core/team/user.ts';
import { authOf } from '../../plugins/auth.ts';
import { presentUser, userSchema } from '../../presenters/user.presenter.ts';
import { idParams, type Route, text } from '../../route.ts';

const body = z.strictObject({
  name: text(200).optional(),
  /** Admins only. */
  role: z.enum(ROLES).optional(),
  /** Admins only. Deactivated people cannot sign in or own cases; their sessions end. */
  active: z.boolean().optional(),
  /** Whether the assignment rule may give this person new cases. Anyone may set their own. */
  available: z.boolean().optional(),
  /** Admins only, for someone else: every session of theirs ends. Your own: POST /api/v1/me/password. */
  password: z.string().min(MIN_PASSWORD_LENGTH).max(1000).optional(),
  /** Admins only. Replaces the person's teams. */
  teamIds: z.array(z.uuid()).max(50).optional(),
});

export const updateUserRoute: Route = (api, { ctx }) => {
  api.patch('/api/v1/users/:id', {
    schema: {
      summary: 'Change a person (admins; anyone for their own name and availability)',
      tags: ['users'],
      params: idParams,
      body,
      response: { 200: z.object({ user: userSchema }) },
    },
    handler: async (request) => ({
      user: presentUser(await updateUser(ctx, authOf(request).actor, request.params.id, request.body)),
    }),
  });
};
