import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AppError } from '../shared/app-error.ts';
import {
  assertNoOpenPromises,
  atRiskAt,
  type CasePromise,
  checkPromiseTerms,
  isPromiseAtRisk,
  isPromiseOverdue,
  MAX_PROMISE_WHAT,
  PROMISE_STATES,
  type PromiseState,
  settlePromise,
} from './promise.ts';
import { promiseWhatFrom, statedDates, statesDate } from './promise-date.ts';
import { promiseKeptRate } from './promise-kept-rate.ts';
import { promiseDateText, promiseSentence } from './promise-words.ts';

const at = (iso: string) => new Date(iso);
const now = at('2026-12-07T10:00:00Z'); // a Monday
const promise = (state: PromiseState = 'open'): CasePromise => ({
  id: 'p1',
  caseId: 'c1',
  what: 'refund your order',
  dueAt: at('2026-12-11T10:00:00Z'),
  confidence: 'certain',
  customerVisible: true,
  state,
  madeAt: now,
  madeBy: 'u1',
  settledAt: undefined,
  settledBy: undefined,
  replacesId: undefined,
});
const refusal = (code: string, field?: string) => (error: unknown) =>
  error instanceof AppError && error.code === code && (field === undefined || error.details?.field === field);
const terms = {
  what: 'refund your order',
  dueAt: at('2026-12-08T17:00:00Z'),
  confidence: 'certain' as const,
  customerVisible: true,
};

describe('a promise’s terms', () => {
  it('takes a future due time on an open or acknowledged case, trimming what', () => {
    for (const status of ['open', 'acknowledged'] as const)
      assert.deepEqual(
        checkPromiseTerms({ ...terms, what: '  refund your order ' }, { number: 7, status }, now),
        terms,
      );
  });
  it('refuses a due time now or in the past, naming dueAt', () => {
    assert.throws(
      () => checkPromiseTerms({ ...terms, dueAt: now }, { number: 7, status: 'open' }, now),
      refusal('VALIDATION_FAILED', 'dueAt'),
    );
    assert.throws(
      () =>
        checkPromiseTerms(
          { ...terms, dueAt: at('2026-12-06T10:00:00Z') },
          { number: 7, status: 'open' },
          now,
        ),
      refusal('VALIDATION_FAILED', 'dueAt'),
    );
  });
  it('refuses a due time more than two years ahead, and takes one just under', () => {
    assert.throws(
      () =>
        checkPromiseTerms(
          { ...terms, dueAt: at('2028-12-08T10:00:00Z') },
          { number: 7, status: 'open' },
          now,
        ),
      refusal('VALIDATION_FAILED', 'dueAt'),
    );
    assert.ok(
      checkPromiseTerms({ ...terms, dueAt: at('2028-12-05T10:00:00Z') }, { number: 7, status: 'open' }, now),
    );
  });
  it('refuses a resolved or closed case', () => {
    for (const status of ['resolved', 'closed'] as const)
      assert.throws(() => checkPromiseTerms(terms, { number: 7, status }, now), refusal('CASE_CLOSED'));
  });
  it('refuses an empty or over-long what, naming it', () => {
    assert.throws(
      () => checkPromiseTerms({ ...terms, what: '   ' }, { number: 7, status: 'open' }, now),
      refusal('VALIDATION_FAILED', 'what'),
    );
    assert.throws(
      () =>
        checkPromiseTerms(
          { ...terms, what: 'x'.repeat(MAX_PROMISE_WHAT + 1) },
          { number: 7, status: 'open' },
          now,
        ),
      refusal('VALIDATION_FAILED', 'what'),
    );
  });
});

describe('the promise state machine', () => {
  it('an open promise becomes kept, broken or renegotiated, dated and signed', () => {
    const later = at('2026-12-09T10:00:00Z');
    for (const to of ['kept', 'broken', 'renegotiated'] as const) {
      const settled = settlePromise(promise(), to, later, 'u2');
      assert.equal(settled.state, to);
      assert.deepEqual(settled.settledAt, later);
      assert.equal(settled.settledBy, 'u2');
    }
  });
  it('only an open promise changes: every other state refuses every change', () => {
    for (const from of PROMISE_STATES.filter((s) => s !== 'open'))
      for (const to of ['kept', 'broken', 'renegotiated'] as const)
        assert.throws(() => settlePromise(promise(from), to, now, 'u2'), refusal('PROMISE_NOT_OPEN'));
  });
  it('is at risk once 75 % of its time is gone, overdue at its due time, and neither once settled', () => {
    const p = promise(); // made Monday 10:00, due Friday 10:00: 96 h, at risk after 72 h
    assert.deepEqual(atRiskAt(p.madeAt, p.dueAt), at('2026-12-10T10:00:00Z'));
    assert.equal(isPromiseAtRisk(p, at('2026-12-10T09:59:59Z')), false);
    assert.equal(isPromiseAtRisk(p, at('2026-12-10T10:00:00Z')), true);
    assert.equal(isPromiseOverdue(p, at('2026-12-11T09:59:59Z')), false);
    assert.equal(isPromiseOverdue(p, at('2026-12-11T10:00:00Z')), true);
    assert.equal(isPromiseAtRisk(promise('kept'), at('2026-12-10T11:00:00Z')), false);
    assert.equal(isPromiseOverdue(promise('renegotiated'), at('2026-12-12T00:00:00Z')), false);
  });
  it('the at-risk time always lies between making and due (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2e12 }), fc.integer({ min: 1, max: 63e9 }), (made, span) => {
        const risk = atRiskAt(new Date(made), new Date(made + span)).getTime();
        return risk >= made && risk < made + span;
      }),
    );
  });
});

describe('dates a message states', () => {
  it('reads a weekday forward, at the end of the working day in the writer’s zone', () => {
    const [found] = statedDates(
      'Hello Ann. We will refund your order by Tuesday. Sorry again!',
      now,
      'Europe/Berlin',
    );
    assert.equal(found?.at.toISOString(), '2026-12-08T16:00:00.000Z'); // 17:00 in Berlin
    assert.equal(found?.sentence, 'We will refund your order by Tuesday.');
    assert.equal(found?.timeStated, false);
  });
  it('keeps a stated time, and leaves out dates already past', () => {
    const [found] = statedDates('A new vase leaves on 10 December at 3pm.', now, 'UTC');
    assert.equal(found?.at.toISOString(), '2026-12-10T15:00:00.000Z');
    assert.equal(found?.timeStated, true);
    assert.deepEqual(statedDates('I wrote to you yesterday.', now, 'UTC'), []);
  });
  it('makes a promise’s what from the sentence: no “we will”, no date words', () => {
    assert.equal(promiseWhatFrom('We will refund your order by Tuesday.', 'Tuesday'), 'refund your order');
    assert.equal(
      promiseWhatFrom("I'll call you on 10 December at 3pm!", 'on 10 December at 3pm'),
      'call you',
    );
    assert.equal(
      promiseWhatFrom('Your new vase leaves on Friday.', 'Friday'),
      'Your new vase leaves on Friday.',
    );
    assert.equal(promiseWhatFrom('We will on Friday.', 'on Friday'), 'We will on Friday.');
    assert.equal(promiseWhatFrom('By Friday.', 'Friday'), 'By Friday.');
  });
  it('says whether a message states a given day', () => {
    const due = at('2026-12-10T17:00:00Z');
    assert.equal(statesDate('We now expect it on Thursday 10 December.', due, now, 'UTC'), true);
    assert.equal(statesDate('We need a little more time, sorry.', due, now, 'UTC'), false);
    assert.equal(statesDate('It will come on Friday.', due, now, 'UTC'), false);
  });
});

describe('a promise in the customer’s words', () => {
  it('firm for certain, hedged for an estimate, the time only when it is not the end of the day', () => {
    assert.equal(promiseDateText(at('2026-12-08T17:00:00Z'), 'UTC', now), 'Tuesday 8 December');
    assert.equal(
      promiseDateText(at('2026-12-08T15:30:00Z'), 'UTC', now),
      'Tuesday 8 December at 15:30 (UTC)',
    );
    assert.equal(promiseDateText(at('2027-01-05T17:00:00Z'), 'UTC', now), 'Tuesday 5 January 2027');
    const due = at('2026-12-08T17:00:00Z');
    assert.deepEqual(
      promiseSentence({ what: 'refund your order', dueAt: due, confidence: 'certain' }, 'UTC', now),
      {
        lead: 'We will',
        what: 'refund your order',
        date: 'by Tuesday 8 December.',
      },
    );
    assert.deepEqual(
      promiseSentence({ what: 'refund your order.', dueAt: due, confidence: 'estimate' }, 'UTC', now),
      {
        lead: 'We expect to',
        what: 'refund your order',
        date: 'around Tuesday 8 December (our best estimate).',
      },
    );
    assert.equal(
      promiseSentence({ what: 'Your vase leaves on Tuesday!', dueAt: due, confidence: 'certain' }, 'UTC', now)
        .what,
      'Your vase leaves on Tuesday.',
    );
    assert.deepEqual(
      promiseSentence(
        { what: 'Your vase leaves on Tuesday', dueAt: due, confidence: 'estimate' },
        'UTC',
        now,
      ),
      {
        lead: '',
        what: 'Your vase leaves on Tuesday.',
        date: 'Expected around Tuesday 8 December (our best estimate).',
      },
    );
  });
});

describe('the promise-kept rate', () => {
  it('is kept over kept and broken; none ended is no rate', () => {
    assert.equal(promiseKeptRate({ kept: 3, broken: 1 }), 0.75);
    assert.equal(promiseKeptRate({ kept: 0, broken: 0 }), undefined);
  });
});

describe('resolving over open promises', () => {
  const promise = (id: string, state: 'open' | 'kept' | 'broken' | 'renegotiated', what = 'refund you') => ({
    id,
    state,
    what,
  });
  it('refuses to resolve or close while any promise is open, naming each', () => {
    for (const target of ['resolved', 'closed'] as const)
      assert.throws(
        () => assertNoOpenPromises(target, [promise('a', 'kept'), promise('b', 'open', 'call you back')]),
        (error: unknown) =>
          error instanceof AppError &&
          error.code === 'OPEN_PROMISES' &&
          error.message === "Settle the case's open promise first — kept or broken: “call you back”." &&
          JSON.stringify(error.details?.promiseIds) === '["b"]',
      );
  });
  it('lets a case with only settled promises be resolved, and any other move past', () => {
    assertNoOpenPromises('resolved', [
      promise('a', 'kept'),
      promise('b', 'broken'),
      promise('c', 'renegotiated'),
    ]);
    assertNoOpenPromises('acknowledged', [promise('a', 'open')]);
    assertNoOpenPromises('open', [promise('a', 'open')]);
  });
});
