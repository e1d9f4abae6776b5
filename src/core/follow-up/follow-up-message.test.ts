import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type FollowUpFacts,
  followUpCallScript,
  followUpEmailText,
  followUpParts,
} from './follow-up-message.ts';

const FACTS: FollowUpFacts = {
  customerFirstName: 'Rita',
  ownerFirstName: 'Owen',
  businessName: 'The Vase Shop',
  caseNumber: 1042,
  caseTitle: 'Vase arrived broken',
  resolution: {
    whatWentWrong: 'The courier crushed the parcel.',
    howFixed: 'A new vase went out by hand.',
    whyNotAgain: 'Fragile parcels now need a signature.',
  },
  amends: [],
  needs: [],
};

describe('the follow-up after a resolution', () => {
  it('says the six parts in order: apology, amends, what went wrong, how resolved, why not again, thanks', () => {
    const { text } = followUpEmailText({ ...FACTS, amends: ['refunded the delivery fee'] });
    const order = [
      'sincerely sorry',
      'To make it right, we refunded the delivery fee.',
      'What went wrong: The courier crushed the parcel.',
      'How we resolved it: A new vase went out by hand.',
      "Why it won't happen again: Fragile parcels now need a signature.",
      'Thank you',
    ].map((part) => text.indexOf(part));
    assert.ok(
      order.every((i) => i >= 0),
      `every part is there: ${order}`,
    );
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
      'in that order',
    );
    assert.ok(text.startsWith('Hello Rita,'));
    assert.ok(text.endsWith('Owen\nThe Vase Shop'));
  });

  it('says nothing of amends when the case records none, rather than inventing them', () => {
    assert.equal(followUpParts(FACTS).amends, undefined);
    const { text } = followUpEmailText(FACTS);
    assert.ok(!text.includes('make it right'));
    assert.ok(!/\n{3,}/.test(text), 'no gap where the amends would be');
  });

  it('joins several amends in one sentence', () => {
    assert.equal(
      followUpParts({ ...FACTS, amends: ['refunded the fee.', 'sent a voucher', 'waived the call-out'] })
        .amends,
      'To make it right, we refunded the fee, sent a voucher and waived the call-out.',
    );
  });

  it('greets a nameless customer without a blank name', () => {
    assert.ok(followUpEmailText({ ...FACTS, customerFirstName: '' }).text.startsWith('Hello,\n'));
  });

  it('gives the owner a call script of the same parts, a question to ask and the outcome to record', () => {
    const script = followUpCallScript({ ...FACTS, customerName: 'Rita Moreno' });
    assert.ok(script.startsWith('Call Rita Moreno about case #1042 "Vase arrived broken".'));
    for (const part of Object.values(FACTS.resolution)) assert.ok(script.includes(part), part);
    assert.match(script, /1\. Introduce yourself: "Hello Rita, this is Owen from The Vase Shop/);
    assert.match(script, /Apologise/);
    assert.match(script, /Is everything right for you now\?/);
    assert.match(script, /Thank them/);
    assert.match(script, /record the outcome/);
    assert.ok(!script.includes('amends'), 'no amends step when there are none');
    const steps = script.split('\n').filter((line) => /^\d+\. /.test(line));
    assert.deepEqual(
      steps.map((line) => Number(line.split('.')[0])),
      steps.map((_, i) => i + 1),
      'numbered in order',
    );
  });
});

describe('the knock-on needs in the follow-up', () => {
  const needs = [
    { answer: 'needed' as const, label: 'Water damage restoration', partnerName: 'DryFast' },
    { answer: 'not_needed' as const, label: 'Temporary heating', partnerName: 'HeatHire' },
  ];

  it('names the needs looked after with the amends, after them', () => {
    assert.equal(
      followUpParts({ ...FACTS, amends: ['refunded the call-out fee'], needs }).amends,
      'To make it right, we refunded the call-out fee. We also arranged water damage restoration with DryFast.',
    );
  });

  it('names them alone when the case records no amends, in the email and the call script', () => {
    const parts = followUpParts({ ...FACTS, needs });
    assert.equal(parts.amends, 'We arranged water damage restoration with DryFast.');
    assert.ok(followUpEmailText({ ...FACTS, needs }).text.includes(parts.amends ?? '?'));
    assert.ok(followUpCallScript({ ...FACTS, needs, customerName: 'Rita' }).includes(parts.amends ?? '?'));
    assert.ok(!followUpEmailText({ ...FACTS, needs }).text.includes('HeatHire'), 'not needed is not named');
  });
});
