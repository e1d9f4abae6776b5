import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AuthorityLimit,
  approverOverruns,
  computeRoom,
  decideGesture,
  monthOf,
  type Spent,
} from './authority.ts';
import { DEFAULT_GESTURE_TYPES, type GestureType } from './gesture-kind.ts';

const type = (kind: string): GestureType => {
  const found = DEFAULT_GESTURE_TYPES.find((entry) => entry.kind === kind);
  if (!found) throw new Error(kind);
  return { ...found, id: kind };
};
const refund = type('refund');
const replacement = type('replacement');
const limit = (over: Partial<AuthorityLimit> = {}): AuthorityLimit => ({
  role: 'agent',
  gestureTypeId: 'refund',
  currency: 'EUR',
  perGestureMinor: 5000,
  perCaseMinor: 8000,
  perAgentMonthMinor: 20000,
  ...over,
});
const none: Spent = { caseMinor: 0, agentMonthMinor: 0, teamMonthMinor: 0 };
const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const codes = (decision: ReturnType<typeof decideGesture>) =>
  decision.outcome === 'needs_approval' ? decision.reasons.map((reason) => reason.code) : decision.outcome;

describe('authority limits', () => {
  it('issues exactly at each limit and asks one minor unit above it', () => {
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(5000) }, limit(), none, undefined).outcome,
      'issue_now',
    );
    assert.deepEqual(
      codes(decideGesture({ type: refund, role: 'agent', money: eur(5001) }, limit(), none, undefined)),
      ['over_per_gesture'],
    );
    const caseAt = { ...none, caseMinor: 3000 };
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(5000) }, limit(), caseAt, undefined).outcome,
      'issue_now',
    );
    assert.deepEqual(
      codes(
        decideGesture(
          { type: refund, role: 'agent', money: eur(5000) },
          limit(),
          { ...caseAt, caseMinor: 3001 },
          undefined,
        ),
      ),
      ['over_per_case'],
    );
    const monthAt = { ...none, agentMonthMinor: 15000 };
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(5000) }, limit(), monthAt, undefined).outcome,
      'issue_now',
    );
    assert.deepEqual(
      codes(
        decideGesture(
          { type: refund, role: 'agent', money: eur(5000) },
          limit(),
          { ...none, agentMonthMinor: 15001 },
          undefined,
        ),
      ),
      ['over_agent_month'],
    );
  });

  it("counts the team's budget in its own currency only, exactly at it allowed", () => {
    const budget = { teamId: 't', currency: 'EUR', monthlyMinor: 10000 };
    const spent = { ...none, teamMonthMinor: 6000 };
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(4000) }, limit(), spent, budget).outcome,
      'issue_now',
    );
    const over = decideGesture({ type: refund, role: 'agent', money: eur(4001) }, limit(), spent, budget);
    assert.deepEqual(codes(over), ['over_team_budget']);
    assert.equal(
      over.outcome === 'needs_approval' &&
        over.reasons[0]?.code !== 'no_authority' &&
        over.reasons[0]?.wouldBeMinor,
      10001,
    );
    // A GBP budget says nothing about a EUR refund.
    const gbp = { ...budget, currency: 'GBP', monthlyMinor: 1 };
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(4000) }, limit(), spent, gbp).outcome,
      'issue_now',
    );
  });

  it('names every limit a request goes over', () => {
    const decision = decideGesture(
      { type: refund, role: 'agent', money: eur(9000) },
      limit(),
      { caseMinor: 0, agentMonthMinor: 12000, teamMonthMinor: 0 },
      undefined,
    );
    assert.deepEqual(codes(decision), ['over_per_gesture', 'over_per_case', 'over_agent_month']);
  });

  it('never adds currencies: a limit in EUR gives no authority in GBP', () => {
    const decision = decideGesture(
      { type: refund, role: 'agent', money: { amountMinor: 1, currency: 'GBP' } },
      limit(),
      none,
      undefined,
    );
    assert.deepEqual(codes(decision), ['no_authority']);
  });

  it('asks for approval when the role or gesture has no limit of its own', () => {
    assert.deepEqual(
      codes(decideGesture({ type: refund, role: 'agent', money: eur(1) }, undefined, none, undefined)),
      ['no_authority'],
    );
    assert.deepEqual(
      codes(decideGesture({ type: refund, role: 'supervisor', money: eur(1) }, limit(), none, undefined)),
      ['no_authority'],
    );
  });

  it('treats an absent amount as unlimited in that dimension', () => {
    const open = limit({
      perGestureMinor: undefined,
      perCaseMinor: undefined,
      perAgentMonthMinor: undefined,
    });
    assert.equal(
      decideGesture({ type: refund, role: 'agent', money: eur(99_999_999) }, open, none, undefined).outcome,
      'issue_now',
    );
  });

  it('lets a gesture without money be issued when the role has its row', () => {
    const row = limit({ gestureTypeId: 'replacement', currency: undefined });
    assert.equal(
      decideGesture({ type: replacement, role: 'agent', money: undefined }, row, none, undefined).outcome,
      'issue_now',
    );
    assert.deepEqual(
      codes(
        decideGesture({ type: replacement, role: 'agent', money: undefined }, undefined, none, undefined),
      ),
      ['no_authority'],
    );
  });

  it('refuses what cannot be money: zero, negative, fractions, unknown or lower-case currencies, amounts on things', () => {
    const refused = (money: { amountMinor: number; currency: string } | undefined, on = refund) => {
      const decision = decideGesture({ type: on, role: 'agent', money }, limit(), none, undefined);
      assert.equal(decision.outcome, 'refused', JSON.stringify(money));
      return decision.outcome === 'refused' ? decision.field : '';
    };
    assert.equal(refused(eur(0)), 'amountMinor');
    assert.equal(refused(eur(-100)), 'amountMinor');
    assert.equal(refused(eur(12.5)), 'amountMinor');
    assert.equal(refused(eur(Number.NaN)), 'amountMinor');
    assert.equal(refused({ amountMinor: 100, currency: 'XYZ' }), 'currency');
    assert.equal(refused({ amountMinor: 100, currency: 'eur' }), 'currency');
    assert.equal(refused(undefined), 'amountMinor');
    assert.equal(refused(eur(100), replacement), 'amountMinor');
    const off = { ...refund, active: false };
    assert.equal(refused(eur(100), off), 'gestureTypeId');
  });
});

describe('the month of a spend (UTC)', () => {
  it('starts at 00:00 UTC on the 1st, whatever the local time zone would say', () => {
    const last = monthOf(new Date('2026-01-31T23:59:59.999Z'));
    assert.equal(last.start.toISOString(), '2026-01-01T00:00:00.000Z');
    assert.equal(last.end.toISOString(), '2026-02-01T00:00:00.000Z');
    const first = monthOf(new Date('2026-02-01T00:00:00.000Z'));
    assert.equal(first.start.toISOString(), '2026-02-01T00:00:00.000Z');
    const december = monthOf(new Date('2026-12-31T12:00:00Z'));
    assert.equal(december.end.toISOString(), '2027-01-01T00:00:00.000Z');
  });
});

describe('room left to give without asking', () => {
  it('is the tightest of per gesture, what the case and the month have left, and the team budget', () => {
    assert.equal(computeRoom(limit(), none, undefined), 5000, 'per gesture binds first');
    assert.equal(
      computeRoom(limit(), { ...none, caseMinor: 6000 }, undefined),
      2000,
      'the case has 20.00 left',
    );
    assert.equal(
      computeRoom(limit(), { ...none, agentMonthMinor: 19000 }, undefined),
      1000,
      'the month has 10.00 left',
    );
    assert.equal(
      computeRoom(
        limit(),
        { ...none, teamMonthMinor: 99_700 },
        { teamId: 't', currency: 'EUR', monthlyMinor: 100_000 },
      ),
      300,
      'the team has 3.00 left of its budget',
    );
    assert.equal(
      computeRoom(
        limit(),
        { ...none, teamMonthMinor: 99_700 },
        { teamId: 't', currency: 'GBP', monthlyMinor: 100_000 },
      ),
      5000,
      'a budget in another currency says nothing',
    );
  });

  it('never goes below zero and is unbounded when nothing bounds it', () => {
    assert.equal(computeRoom(limit(), { ...none, caseMinor: 9000 }, undefined), 0);
    const anyAmount = limit({
      perGestureMinor: undefined,
      perCaseMinor: undefined,
      perAgentMonthMinor: undefined,
    });
    assert.equal(computeRoom(anyAmount, { ...none, caseMinor: 1_000_000 }, undefined), undefined);
  });
});

describe("an approver's own authority", () => {
  const supervisorLimit = limit({
    role: 'supervisor',
    perGestureMinor: 10000,
    perCaseMinor: 15000,
    perAgentMonthMinor: 50000,
  });
  const codesOf = (overruns: ReturnType<typeof approverOverruns>) => overruns.map((o) => o.code);

  it('approves exactly at each of the supervisor’s limits and not one minor unit above', () => {
    assert.deepEqual(approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(10000), none), []);
    assert.deepEqual(codesOf(approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(10001), none)), [
      'over_per_gesture',
    ]);
    assert.deepEqual(
      approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(5000), {
        caseMinor: 10000,
        agentMonthMinor: 0,
      }),
      [],
    );
    assert.deepEqual(
      codesOf(
        approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(5000), {
          caseMinor: 10001,
          agentMonthMinor: 0,
        }),
      ),
      ['over_per_case'],
    );
    assert.deepEqual(
      codesOf(
        approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(5000), {
          caseMinor: 0,
          agentMonthMinor: 45001,
        }),
      ),
      ['over_agent_month'],
    );
    const [overrun] = approverOverruns({ role: 'supervisor' }, supervisorLimit, eur(12000), none);
    assert.equal(overrun?.message, '€120.00 is above the €100.00 a supervisor may approve for one gesture.');
    assert.deepEqual([overrun?.limitMinor, overrun?.wouldBeMinor], [10000, 12000]);
  });

  it('leaves admins, gestures without money and roles without a limit row unbounded', () => {
    assert.deepEqual(approverOverruns({ role: 'admin' }, supervisorLimit, eur(999_999), none), []);
    assert.deepEqual(approverOverruns({ role: 'supervisor' }, undefined, eur(999_999), none), []);
    assert.deepEqual(approverOverruns({ role: 'supervisor' }, supervisorLimit, undefined, none), []);
  });
});
