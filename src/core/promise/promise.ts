import type { CaseStatus } from '../case/case-status.ts';
import { AppError } from '../shared/app-error.ts';

/**
 * A promise made to the customer on a case: what we will do, by when, how sure we are, and whether
 * the customer sees it (on their status page). Promises are the part of recovery customers remember:
 * one kept rebuilds trust, one broken costs more than never promising.
 *
 * open → kept | broken | renegotiated. Renegotiated means replaced: a new open promise with a new date
 * takes its place, told to the customer in the same action, and the two are chained (`replacesId`).
 * Only an open promise changes; the others are history.
 */
export const PROMISE_STATES = ['open', 'kept', 'broken', 'renegotiated'] as const;
export type PromiseState = (typeof PROMISE_STATES)[number];

/** `certain`: a date we commit to. `estimate`: our best guess, said as one. */
export const PROMISE_CONFIDENCES = ['certain', 'estimate'] as const;
export type PromiseConfidence = (typeof PROMISE_CONFIDENCES)[number];

/** Long enough for a sentence, short enough to read at a glance on a phone. */
export const MAX_PROMISE_WHAT = 500;

/** A promise further ahead than this is not a promise a customer can hold us to. */
export const MAX_PROMISE_DAYS_AHEAD = 730;

/** How much of a promise's time may pass before it is at risk: its owner is warned then. */
export const AT_RISK_SHARE = 0.75;

export type CasePromise = {
  id: string;
  caseId: string;
  what: string;
  dueAt: Date;
  confidence: PromiseConfidence;
  customerVisible: boolean;
  state: PromiseState;
  madeAt: Date;
  madeBy: string | undefined;
  /** When it became kept, broken or renegotiated. */
  settledAt: Date | undefined;
  /** Who settled it; undefined when Amends did (broken by its due time passing). */
  settledBy: string | undefined;
  /** The promise this one replaced (renegotiated); the chain runs back through it. */
  replacesId: string | undefined;
};

/** What the person making a promise gives. */
export type PromiseTerms = {
  what: string;
  dueAt: Date;
  confidence: PromiseConfidence;
  customerVisible: boolean;
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a due time a customer cannot be promised: in the past (or now), or more than two years
 * ahead (almost always a typo in the year).
 */
export function assertPromiseDue(dueAt: Date, now: Date): void {
  if (Number.isNaN(dueAt.getTime()))
    throw new AppError('VALIDATION_FAILED', 'Due at is not a date and time.', { field: 'dueAt' });
  if (dueAt.getTime() <= now.getTime())
    throw new AppError(
      'VALIDATION_FAILED',
      'Due at is in the past: a promise is about what happens next. Pick a later date.',
      { field: 'dueAt' },
    );
  if (dueAt.getTime() - now.getTime() > MAX_PROMISE_DAYS_AHEAD * DAY_MS)
    throw new AppError(
      'VALIDATION_FAILED',
      `Due at is more than two years ahead (${dueAt.toISOString().slice(0, 10)}): check the year.`,
      { field: 'dueAt' },
    );
}

/**
 * A promise is made on a case somebody still works on: a resolved case's work is done (reopen it if
 * there is more to do), and a closed one is history.
 */
export function assertCaseTakesPromises(caseNumber: number, status: CaseStatus): void {
  if (status === 'resolved' || status === 'closed')
    throw new AppError(
      'CASE_CLOSED',
      `Case ${caseNumber} is ${status}: reopen it first if there is something more to promise.`,
      { status },
    );
}

/** The `what` as kept: trimmed, not empty, not too long. */
export function promiseWhat(what: string): string {
  const trimmed = what.trim();
  if (trimmed.length === 0)
    throw new AppError('VALIDATION_FAILED', 'What is empty: say what you promise.', { field: 'what' });
  if (trimmed.length > MAX_PROMISE_WHAT)
    throw new AppError(
      'VALIDATION_FAILED',
      `What is ${trimmed.length} characters long; keep it to ${MAX_PROMISE_WHAT}.`,
      { field: 'what' },
    );
  return trimmed;
}

/** Checks the terms of a new promise on a case; returns them as kept. */
export function checkPromiseTerms(
  terms: PromiseTerms,
  current: { number: number; status: CaseStatus },
  now: Date,
): PromiseTerms {
  assertCaseTakesPromises(current.number, current.status);
  const what = promiseWhat(terms.what);
  assertPromiseDue(terms.dueAt, now);
  return { ...terms, what };
}

/** Only an open promise changes: the others are what happened. */
export function assertPromiseOpen(promise: Pick<CasePromise, 'state'>): void {
  if (promise.state !== 'open')
    throw new AppError(
      'PROMISE_NOT_OPEN',
      `This promise is ${promise.state} already; only an open promise can change. Make a new one instead.`,
      { state: promise.state },
    );
}

/**
 * A case is not resolved or closed over an open promise: the ledger would carry a promise nobody
 * will keep, and its due time would later mark it broken on a case the customer was told is done.
 * The owner settles each first — kept, broken, or renegotiated if it still stands.
 */
export function assertNoOpenPromises(
  target: CaseStatus,
  promises: readonly Pick<CasePromise, 'id' | 'state' | 'what'>[],
): void {
  if (target !== 'resolved' && target !== 'closed') return;
  const open = promises.filter((p) => p.state === 'open');
  if (open.length === 0) return;
  const named = open.map((p) => `“${p.what}”`).join(', ');
  throw new AppError(
    'OPEN_PROMISES',
    `Settle the case's open ${open.length === 1 ? 'promise' : 'promises'} first — kept or broken: ${named}.`,
    { field: 'promises', promiseIds: open.map((p) => p.id) },
  );
}

/** The transition from open that a person asks for (broken happens by itself, at its due time). */
export type PromiseSettlement = 'kept' | 'broken' | 'renegotiated';

/**
 * Settles an open promise: kept, broken or renegotiated (replaced by the new promise the caller makes).
 * Throws PROMISE_NOT_OPEN for any other.
 */
export function settlePromise(
  promise: CasePromise,
  to: PromiseSettlement,
  now: Date,
  by: string | undefined,
): CasePromise {
  assertPromiseOpen(promise);
  return { ...promise, state: to, settledAt: now, settledBy: by };
}

/**
 * When an open promise is at risk: 75 % of the time from making it to its due time gone.
 * @example atRiskAt(new Date('2026-12-07T00:00Z'), new Date('2026-12-11T00:00Z')) // 2026-12-10T00:00Z
 */
export function atRiskAt(madeAt: Date, dueAt: Date): Date {
  const span = dueAt.getTime() - madeAt.getTime();
  return new Date(madeAt.getTime() + Math.floor(span * AT_RISK_SHARE));
}

/** Whether an open promise is at risk at `now` (its at-risk time reached, its due time not yet). */
export function isPromiseAtRisk(
  promise: Pick<CasePromise, 'state' | 'madeAt' | 'dueAt'>,
  now: Date,
): boolean {
  return promise.state === 'open' && now.getTime() >= atRiskAt(promise.madeAt, promise.dueAt).getTime();
}

/** Whether a promise's due time has passed while it is still open: it is broken now. */
export function isPromiseOverdue(promise: Pick<CasePromise, 'state' | 'dueAt'>, now: Date): boolean {
  return promise.state === 'open' && now.getTime() >= promise.dueAt.getTime();
}
