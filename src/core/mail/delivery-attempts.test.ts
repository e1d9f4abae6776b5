import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  handoffDeadline,
  MAX_HANDOFF_WAIT_MS,
  MAX_SEND_ATTEMPTS,
  nextAttemptAt,
  resolveStuckEmail,
  retryDelayMs,
  STALE_CLAIM_MS,
  type StuckEmail,
} from './delivery-attempts.ts';

const MIN = 60_000;
const now = new Date('2026-12-07T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('retries of a mail', () => {
  const delays: [attempt: number, minutes: number][] = [
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 16],
    [9, 256],
    [10, 360],
    [11, 360],
    [40, 360],
  ];
  for (const [attempt, minutes] of delays)
    it(`waits ${minutes} min after attempt ${attempt}`, () => {
      assert.equal(retryDelayMs(attempt), minutes * MIN);
    });

  it('keeps trying for about a day, then gives up', () => {
    let total = 0;
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++) total += retryDelayMs(attempt);
    assert.ok(total > 20 * 3600_000 && total < 30 * 3600_000, `${total / 3600_000} h`);
    assert.deepEqual(nextAttemptAt(3, now), new Date(now.getTime() + 4 * MIN));
    assert.equal(nextAttemptAt(MAX_SEND_ATTEMPTS, now), undefined);
  });
});

describe('how long a live attempt can last', () => {
  it('begins its hand-off within MAX_HANDOFF_WAIT_MS of the claim, well before the claim is taken for dead', () => {
    assert.deepEqual(handoffDeadline(now), new Date(now.getTime() + MAX_HANDOFF_WAIT_MS));
    // The hand-off itself lasts at most about two minutes (the mailer's timeouts).
    assert.ok(MAX_HANDOFF_WAIT_MS + 2 * MIN < STALE_CLAIM_MS);
  });
});

describe('a mail left sending', () => {
  const cases: [string, StuckEmail, boolean, ReturnType<typeof resolveStuckEmail>['action']][] = [
    [
      'a fresh claim of a live worker',
      { claimedAt: ago(MIN), composedAt: ago(MIN), attempts: 1 },
      false,
      'wait',
    ],
    [
      'a claim just younger than the limit',
      { claimedAt: ago(STALE_CLAIM_MS - 1), composedAt: undefined, attempts: 1 },
      false,
      'wait',
    ],
    [
      'an old claim, never composed',
      { claimedAt: ago(STALE_CLAIM_MS), composedAt: undefined, attempts: 1 },
      false,
      'requeue',
    ],
    [
      'an old claim, composed and kept',
      { claimedAt: ago(STALE_CLAIM_MS), composedAt: ago(STALE_CLAIM_MS), attempts: 2 },
      false,
      'resend',
    ],
    [
      'a dead claimant, never composed',
      { claimedAt: ago(1), composedAt: undefined, attempts: 1 },
      true,
      'requeue',
    ],
    ['a dead claimant, composed', { claimedAt: ago(1), composedAt: ago(1), attempts: 1 }, true, 'resend'],
    [
      'a claim without a time (from before claims were timed)',
      { claimedAt: undefined, composedAt: undefined, attempts: 1 },
      false,
      'requeue',
    ],
    [
      'a mail whose every attempt died',
      { claimedAt: ago(STALE_CLAIM_MS), composedAt: ago(STALE_CLAIM_MS), attempts: MAX_SEND_ATTEMPTS },
      false,
      'fail',
    ],
    [
      'a mail whose every attempt died, still young',
      { claimedAt: ago(MIN), composedAt: ago(MIN), attempts: MAX_SEND_ATTEMPTS },
      false,
      'wait',
    ],
  ];
  for (const [name, email, claimantGone, action] of cases)
    it(`${action}: ${name}`, () => {
      assert.equal(resolveStuckEmail(email, { now, claimantGone }).action, action);
    });

  it('says why a mail fails when every attempt died', () => {
    const verdict = resolveStuckEmail(
      { claimedAt: ago(1), composedAt: ago(1), attempts: MAX_SEND_ATTEMPTS },
      { now, claimantGone: true },
    );
    assert.equal(verdict.action, 'fail');
    assert.match(verdict.action === 'fail' ? verdict.error : '', /unknown/);
  });
});
