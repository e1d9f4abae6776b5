/**
 * How often, and for how long, the outbox tries one mail, and what it does with a mail whose
 * attempt was cut short by a crash. One intent is one mail: composed once, then only ever that mail.
 *
 * The life of an attempt (src/jobs/tasks/send-email.ts):
 *   1. claim: queued → sending, `claimedAt` set (an UPDATE only one worker wins);
 *   2. compose, and keep what was composed with `composedAt` — from here on the SMTP server may have
 *      the mail, and every later attempt sends exactly the kept mail, with its Message-ID and Date;
 *   3. hand it to SMTP, then record the outcome (sent, held, retry, failed).
 * A process killed between 2 and 3 leaves the mail `sending`, and nobody can know whether the SMTP
 * server took it. `resolveStuckEmail` is the rule for those.
 */

/** Attempts one mail gets before it fails for good (about a day, with retryDelayMs). */
export const MAX_SEND_ATTEMPTS = 12;

/** The first retry waits this long: enough for greylisting (servers that refuse a first try). */
const FIRST_RETRY_MS = 60_000;
/** No retry waits longer than this, so a server that comes back is used within hours. */
const MAX_RETRY_MS = 6 * 3600_000;

/**
 * A claimed mail whose hand-off has not begun this long after its claim is not handed over in this
 * attempt (it waited for one of the mailer's few connections behind a slow server): it goes back to
 * the queue, so that no live attempt outlasts STALE_CLAIM_MS.
 */
export const MAX_HANDOFF_WAIT_MS = 5 * 60_000;

/**
 * A claim older than this belongs to a dead process. A live attempt starts its hand-off within
 * MAX_HANDOFF_WAIT_MS of its claim, and the hand-off is bounded by the mailer's timeouts (30 s to
 * connect, 30 s for the greeting, 60 s of silence on the socket: about two minutes); ten minutes
 * leaves three to spare, so a live but slow attempt is never taken for dead.
 */
export const STALE_CLAIM_MS = 10 * 60_000;

/** The latest moment a mail claimed at `claimedAt` may still be handed over in that attempt. */
export function handoffDeadline(claimedAt: Date): Date {
  return new Date(claimedAt.getTime() + MAX_HANDOFF_WAIT_MS);
}

/**
 * How long to wait before attempt `attempt + 1`, after attempt `attempt` (from 1) failed for a
 * reason that may pass (a 4xx reply, a lost connection): doubling from a minute, at most six hours.
 *
 * @example retryDelayMs(1) // 60_000 (1 min)
 * @example retryDelayMs(4) // 480_000 (8 min)
 * @example retryDelayMs(11) // 21_600_000 (6 h, the cap)
 */
export function retryDelayMs(attempt: number): number {
  const doublings = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** doublings);
}

/**
 * After attempt `attempts` failed for a reason that may pass: when to try again, or undefined when
 * that was the last attempt and the mail fails for good.
 */
export function nextAttemptAt(attempts: number, now: Date): Date | undefined {
  if (attempts >= MAX_SEND_ATTEMPTS) return undefined;
  return new Date(now.getTime() + retryDelayMs(attempts));
}

/** A mail found `sending`: when its attempt was claimed and whether its content was kept. */
export type StuckEmail = {
  claimedAt: Date | undefined;
  /** Set once the composed mail was kept, right before its hand-off to SMTP. */
  composedAt: Date | undefined;
  /** Attempts claimed so far, the stuck one included. */
  attempts: number;
};

/**
 * What to do with a `sending` mail:
 * - `wait`: its attempt may still be running (a live worker is handing it over).
 * - `requeue`: the claimant is gone and nothing was composed, so nothing can have reached SMTP:
 *   queue it again, to be composed as if for the first time.
 * - `resend`: the claimant is gone after the mail was composed and kept; whether the SMTP server
 *   took it is unknown. Queue it again to send the kept mail — the same Message-ID, Date, subject
 *   and body — so the recipient may at worst get one mail twice, which mail systems fold into one
 *   by its Message-ID. Two different mails for one intent never leave, and none is dropped unseen.
 * - `fail`: the claimant is gone and the mail has had every attempt (each may have killed its
 *   process: a mail that crashes every worker must not loop for ever). Failed, with the reason.
 *
 * The claimant is gone when the caller knows it (`claimantGone`: the only process that could run it
 * was replaced by this one, as with the embedded database at start) or when the claim is older than
 * STALE_CLAIM_MS.
 *
 * @example resolveStuckEmail({ claimedAt: t, composedAt: undefined, attempts: 1 }, { now: t, claimantGone: true })
 * // { action: 'requeue' }
 */
export function resolveStuckEmail(
  email: StuckEmail,
  options: { now: Date; claimantGone: boolean },
): { action: 'wait' } | { action: 'requeue' } | { action: 'resend' } | { action: 'fail'; error: string } {
  const stale =
    options.claimantGone ||
    email.claimedAt === undefined ||
    options.now.getTime() - email.claimedAt.getTime() >= STALE_CLAIM_MS;
  if (!stale) return { action: 'wait' };
  if (email.attempts >= MAX_SEND_ATTEMPTS)
    return {
      action: 'fail',
      error: `its process stopped during each of ${email.attempts} attempts; whether the last reached the mail server is unknown`,
    };
  return email.composedAt === undefined ? { action: 'requeue' } : { action: 'resend' };
}
