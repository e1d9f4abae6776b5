import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { amendsPhrase } from './amends-words.ts';

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
