import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  amountProblem,
  currencyProblem,
  formatMajorAmount,
  formatMoney,
  minorUnitDigits,
  parseMajorAmount,
} from './money.ts';

describe('money', () => {
  it("knows each currency's minor unit from ISO 4217", () => {
    assert.equal(minorUnitDigits('EUR'), 2);
    assert.equal(minorUnitDigits('JPY'), 0);
    assert.equal(minorUnitDigits('BHD'), 3);
  });
  it('formats minor units without floats', () => {
    assert.equal(formatMoney({ amountMinor: 1250, currency: 'EUR' }), '€12.50');
    assert.equal(formatMoney({ amountMinor: 500, currency: 'JPY' }), '¥500');
    assert.equal(formatMoney({ amountMinor: 1, currency: 'BHD' }).replace(/\s/g, ' '), 'BHD 0.001');
    assert.equal(formatMoney({ amountMinor: 900719925474099, currency: 'USD' }), '$9,007,199,254,740.99');
  });
  it('parses what a person types in the currency’s digits, refusing more', () => {
    assert.equal(parseMajorAmount('12.50', 'EUR'), 1250);
    assert.equal(parseMajorAmount('0.1', 'EUR'), 10);
    assert.equal(parseMajorAmount('500', 'JPY'), 500);
    assert.equal(parseMajorAmount('5.5', 'JPY'), undefined);
    assert.equal(parseMajorAmount('1.005', 'EUR'), undefined);
    assert.equal(parseMajorAmount('-3', 'EUR'), undefined);
  });
  it('writes an amount as a person would type it, so it parses back to the same minor units', () => {
    assert.equal(formatMajorAmount(1250, 'GBP'), '12.50');
    assert.equal(formatMajorAmount(5, 'EUR'), '0.05');
    assert.equal(formatMajorAmount(500, 'JPY'), '500');
    assert.equal(formatMajorAmount(1, 'BHD'), '0.001');
    assert.equal(formatMajorAmount(900719925474099, 'USD'), '9007199254740.99');
    for (const [minor, currency] of [
      [1250, 'GBP'],
      [7, 'BHD'],
      [500, 'JPY'],
    ] as const)
      assert.equal(parseMajorAmount(formatMajorAmount(minor, currency), currency), minor);
  });
  it('names the field of a bad amount or currency', () => {
    assert.match(amountProblem(0) ?? '', /more than zero/);
    assert.match(amountProblem(1.5) ?? '', /not a fraction/);
    assert.equal(amountProblem(1), undefined);
    assert.match(currencyProblem('ZZZ') ?? '', /not an ISO 4217/);
    assert.equal(currencyProblem('CHF'), undefined);
  });
});
