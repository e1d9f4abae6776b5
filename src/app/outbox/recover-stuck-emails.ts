import { resolveStuckEmail, STALE_CLAIM_MS } from '../../core/mail/delivery-attempts.ts';
import {
  finishOutboundEmail,
  listSendingEmails,
  requeueHeldEmails,
  requeueSendingEmails,
} from '../../store/outbound-email.store.ts';
import type { AppContext } from '../context.ts';
import { tellCaseOfFailure } from './record-delivery.ts';

/** Stuck emails judged per transaction. */
const BATCH = 500;

export type Recovered = { requeued: number; resent: number; failed: number };

/**
 * Resolves emails left `sending` by attempts that died (core/mail/delivery-attempts.ts#resolveStuckEmail):
 * never composed → queued again to be composed; composed and kept → queued again to send the kept mail,
 * same Message-ID; out of attempts → failed, and told on its case. `claimantGone`: every claim made
 * before now belongs to a dead process — true only when this process is the only one that can run
 * (the embedded database, at start); otherwise only claims older than STALE_CLAIM_MS are judged.
 */
export async function recoverStuckEmails(
  ctx: AppContext,
  options: { claimantGone: boolean },
): Promise<Recovered> {
  const now = ctx.now();
  const total: Recovered = { requeued: 0, resent: 0, failed: 0 };
  const claimedBefore = options.claimantGone ? now : new Date(now.getTime() - STALE_CLAIM_MS);
  for (;;) {
    const stuck = await listSendingEmails(ctx.db, { claimedBefore, limit: BATCH });
    if (stuck.length === 0) return total;
    const moved = await ctx.db.transaction().execute(async (trx) => {
      const requeue: { id: string; claimedAt: Date | undefined; forget: boolean }[] = [];
      let failed = 0;
      for (const email of stuck) {
        const verdict = resolveStuckEmail(email, { now, claimantGone: options.claimantGone });
        if (verdict.action === 'requeue' || verdict.action === 'resend')
          requeue.push({ id: email.id, claimedAt: email.claimedAt, forget: verdict.action === 'requeue' });
        if (verdict.action === 'fail' && email.claimedAt) {
          if (
            await finishOutboundEmail(
              trx,
              { id: email.id, claimedAt: email.claimedAt },
              { status: 'failed', error: verdict.error },
            )
          ) {
            await tellCaseOfFailure(trx, email, verdict.error, now);
            failed++;
          }
        }
      }
      const requeued = new Set(await requeueSendingEmails(trx, requeue));
      const forgot = requeue.filter((e) => e.forget && requeued.has(e.id)).length;
      return { requeued: forgot, resent: requeued.size - forgot, failed };
    });
    total.requeued += moved.requeued;
    total.resent += moved.resent;
    total.failed += moved.failed;
    // Fewer than a batch, or nothing of this batch could move (each still waits): done for now.
    if (stuck.length < BATCH || moved.requeued + moved.resent + moved.failed === 0) return total;
  }
}

/**
 * Queues again every email held in the local outbox, for a process that now has an SMTP server: held
 * mail goes out once SMTP_URL is configured, with no manual step. Each held email moves once, however
 * many processes start together (one UPDATE), and its send job is keyed by the email.
 */
export async function releaseHeldEmails(ctx: AppContext): Promise<number> {
  return (await ctx.db.transaction().execute((trx) => requeueHeldEmails(trx))).length;
}
