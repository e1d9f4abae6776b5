import { AppError } from '../shared/app-error.ts';

/** Stripe's and the IETF draft's limit: long enough for any UUID or composite key a client builds. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;
/** Visible ASCII only: a key travels in a header and in logs, where spaces and controls mislead. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]+$/;
/** How long a key answers for itself; a retry comes within minutes, a day covers any outage. */
export const IDEMPOTENCY_KEY_HOURS = 24;

/** Throws a 400 naming the header when a client's key is empty, too long or not visible ASCII. */
export function assertIdempotencyKey(key: string): void {
  if (key.length > 0 && key.length <= MAX_IDEMPOTENCY_KEY_LENGTH && IDEMPOTENCY_KEY_PATTERN.test(key)) return;
  throw new AppError(
    'VALIDATION_FAILED',
    `The Idempotency-Key header must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (no spaces), e.g. a UUID.`,
    { field: 'headers.idempotency-key' },
  );
}

/** One caller's key. */
export type IdempotencyKeyRef = { scope: string; key: string };

/** A key already seen: the request it came with, and its answer once there is one. */
export type IdempotentAttempt = {
  requestHash: string;
  answer: { status: number; body: string } | undefined;
};

export type RetryOutcome =
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'reused' }
  | { kind: 'in-progress' };

/**
 * What a request whose key was already claimed gets: the first answer again when it is the same
 * request; a refusal when the key came with another request (a client bug that must not pass
 * silently) or while the first is still running (it may yet fail, so there is nothing to replay).
 */
export function resolveRetry(attempt: IdempotentAttempt, requestHash: string): RetryOutcome {
  if (attempt.requestHash !== requestHash) return { kind: 'reused' };
  if (!attempt.answer) return { kind: 'in-progress' };
  return { kind: 'replay', status: attempt.answer.status, body: attempt.answer.body };
}

/** When a key stops answering for itself and its row may be purged. */
export function idempotencyKeysExpireBefore(now: Date): Date {
  return new Date(now.getTime() - IDEMPOTENCY_KEY_HOURS * 60 * 60 * 1000);
}

/** Throws the problem a retry that cannot be replayed gets. */
export function assertReplayable(
  outcome: RetryOutcome,
): asserts outcome is RetryOutcome & { kind: 'replay' } {
  if (outcome.kind === 'reused')
    throw new AppError(
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used with a different request. Use a new key for a new request; retry with the same key only to repeat the same request.',
    );
  if (outcome.kind === 'in-progress')
    throw new AppError(
      'IDEMPOTENCY_KEY_IN_PROGRESS',
      'A request with this Idempotency-Key is still being handled. Wait a moment and retry with the same key to get its answer.',
    );
}
