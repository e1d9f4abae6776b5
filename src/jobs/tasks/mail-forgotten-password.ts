import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { mailForgottenPassword as mail } from '../../app/auth/mail-forgotten-password.ts';
import type { AppContext } from '../../app/context.ts';

const payload = z.object({ email: z.string() });

/** "Forgot your password?": the link mailed to the active person with that address, if any. */
export function mailForgottenPassword(ctx: AppContext): Task {
  return async (raw) => {
    await mail(ctx, payload.parse(raw));
  };
}
