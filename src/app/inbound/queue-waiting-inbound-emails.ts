import { queueJobsForWaitingInboundEmails } from '../../store/inbound-email.store.ts';
import type { AppContext } from '../context.ts';

/**
 * How long a stored mail may wait `received` before the cron hands it to its job: far beyond what
 * the in-process processor takes even with a backlog (seconds), so the two rarely both take a mail
 * (harmless when they do: the second finds it processed).
 */
export const WAITING_INBOUND_MS = 5 * 60_000;

/**
 * Mail stored but never processed (its process died between the 250 and the processing, or its
 * hand-off failed) gets its processing job: `all` at a start, else only mail waiting longer than
 * WAITING_INBOUND_MS. Returns how many were queued.
 */
export async function queueWaitingInboundEmails(ctx: AppContext, options: { all: boolean }): Promise<number> {
  const before = options.all ? undefined : new Date(ctx.now().getTime() - WAITING_INBOUND_MS);
  return queueJobsForWaitingInboundEmails(ctx.db, before);
}
