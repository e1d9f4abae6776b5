import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amendsPhrase, amendsSentence } from './amends-words.ts';

describe('the amends made, in words', () => {
  it('names the money in its currency, never as a float', () => {
    assert.equal(
      amendsPhrase({ kind: 'refund', label: 'Refund', amountMinor: 1250, currency: 'EUR' }),
      'refunded €12.50',
    );
    assert.equal(
      amendsPhrase({ kind: 'waived_fee', label: 'Fee', amountMinor: 500, currency: 'JPY' }),
      'waived a fee of ¥500',
    );
  });

  it('gives the customer the code they need', () => {
    assert.equal(
      amendsPhrase({ kind: 'coupon', label: 'Coupon', amountMinor: 1000, currency: 'USD', code: 'SAVE10' }),
      'sent you a coupon worth $10.00 (code SAVE10)',
    );
  });

  it('says a custom gesture by its name', () => {
    assert.equal(
      amendsPhrase({ kind: 'custom', label: 'a bunch of flowers' }),
      'gave you a bunch of flowers',
    );
    assert.equal(amendsPhrase({ kind: 'replacement', label: 'Replacement' }), 'sent you a replacement');
  });
});

describe('the amends made, as one sentence', () => {
  it('joins one, two or three, and says nothing when none was issued', () => {
    assert.equal(amendsSentence([]), '');
    assert.equal(amendsSentence(['  ']), '');
    assert.equal(amendsSentence(['refunded €12.50']), 'To make it right, we refunded €12.50.');
    assert.equal(
      amendsSentence(['sent you a coupon (code SAVE10)', 'refunded €12.50.']),
      'To make it right, we sent you a coupon (code SAVE10) and refunded €12.50.',
    );
    assert.equal(
      amendsSentence(['refunded €1.00', 'sent you a replacement', 'waived the fee']),
      'To make it right, we refunded €1.00, sent you a replacement and waived the fee.',
    );
  });
});
