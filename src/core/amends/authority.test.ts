import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AuthorityLimit, decideGesture, monthOf, type Spent } from './authority.ts';
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
