import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isSameAnswer,
  mayReviseAnswer,
  needAnswerEffect,
  needAnswerProblem,
  needsLookedAfterSentence,
} from './need-answer.ts';

const withPartner = { label: 'Water damage restoration', partnerName: 'DryFast' };
const ownersOwn = { label: 'An insurance letter', partnerName: undefined };

describe('answering a knock-on need', () => {
  it('makes a referral of a needed need with a partner, a note of one without, a record of not needed', () => {
    assert.equal(needAnswerEffect(withPartner, 'needed'), 'referral');
    assert.equal(needAnswerEffect(ownersOwn, 'needed'), 'note');
    assert.equal(needAnswerEffect(withPartner, 'not_needed'), 'recorded');
    assert.equal(needAnswerEffect(ownersOwn, 'not_needed'), 'recorded');
  });

  it('asks the owner for their words when nobody else looks after the need', () => {
    assert.equal(needAnswerProblem(ownersOwn, 'needed', undefined)?.field, 'note');
    assert.match(needAnswerProblem(ownersOwn, 'needed', undefined)?.message ?? '', /An insurance letter/);
    assert.equal(needAnswerProblem(ownersOwn, 'needed', 'I will write it today.'), undefined);
    assert.equal(needAnswerProblem(withPartner, 'needed', undefined), undefined, 'the partner task says it');
    assert.equal(needAnswerProblem(ownersOwn, 'not_needed', undefined), undefined);
    assert.equal(needAnswerProblem(ownersOwn, 'needed', 'x'.repeat(2001))?.field, 'note');
  });

  it('takes the same answer again as the first (a double click), a different one as a change', () => {
    assert.equal(isSameAnswer({ answer: 'needed' }, 'needed'), true);
    assert.equal(isSameAnswer({ answer: 'needed' }, 'not_needed'), false);
  });

  it('lets “not needed” become “needed” after all, never the other way', () => {
    assert.equal(mayReviseAnswer({ answer: 'not_needed' }, 'needed'), true);
    assert.equal(mayReviseAnswer({ answer: 'needed' }, 'not_needed'), false);
    assert.equal(mayReviseAnswer({ answer: 'needed' }, 'needed'), false);
    assert.equal(mayReviseAnswer({ answer: 'not_needed' }, 'not_needed'), false);
  });
});

describe('the needs looked after, in the follow-up', () => {
  const needed = (label: string, partnerName?: string) => ({ answer: 'needed' as const, label, partnerName });

  it('names each needed need, with its partner, in one sentence', () => {
    assert.equal(
      needsLookedAfterSentence([needed('Water damage restoration', 'DryFast')], true),
      'We also arranged water damage restoration with DryFast.',
    );
    assert.equal(
      needsLookedAfterSentence(
        [
          needed('Water damage restoration', 'DryFast'),
          needed('An insurance letter'),
          needed('Temporary heating', 'HeatHire'),
        ],
        false,
      ),
      'We arranged water damage restoration with DryFast, helped with an insurance letter and arranged temporary heating with HeatHire.',
    );
  });

  it('leaves out needs the customer did not need, and says nothing when none was needed', () => {
    const notNeeded = { answer: 'not_needed' as const, label: 'Temporary heating', partnerName: 'HeatHire' };
    assert.equal(needsLookedAfterSentence([notNeeded], true), undefined);
    assert.equal(needsLookedAfterSentence([], false), undefined);
    assert.equal(
      needsLookedAfterSentence([notNeeded, needed('An insurance letter.')], false),
      'We helped with an insurance letter.',
    );
  });

  it('keeps an acronym’s capitals mid-sentence', () => {
    assert.equal(
      needsLookedAfterSentence([needed('TV repair', 'FixIt')], false),
      'We arranged TV repair with FixIt.',
    );
  });
});
