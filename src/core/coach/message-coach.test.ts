import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CoachContext } from './coach-finding.ts';
import { coachMessage } from './message-coach.ts';

const now = new Date('2026-12-07T10:00:00Z');
const later: CoachContext = {
  channel: 'email',
  firstReply: false,
  recordedFault: false,
  certainPromiseDates: [],
  now,
};
const spans = (text: string, context: CoachContext = later) =>
  coachMessage(text, context).map((found) => `${found.kind}: ${text.slice(found.start, found.end)}`);

describe('coachMessage', () => {
  it('names the exact span of each finding, in the order of the text', () => {
    const text =
      "Hi Jane, you should have read the manual. There's nothing I can do now. It will arrive on Friday.";
    assert.deepEqual(spans(text), [
      'blame: you should have read',
      "nothing_i_can_do: There's nothing I can do",
      'unbacked_date: on Friday',
    ]);
  });

  it('counts offsets in UTF-16 code units, past emoji and accents', () => {
    const text = '😀 Café crème 🎉 — it was your fault. I will refund you.';
    const [found] = coachMessage(text, later);
    assert.equal(text.slice(found!.start, found!.end), 'it was your fault');
  });

  it('leaves the hard cases alone', () => {
    for (const text of [
      'It was not your fault, and I will refund you today.',
      'You did nothing wrong. I have rebooked the engineer.',
      "I can't wait to help! Please send me the model number.",
      'Nothing I can do would make up for it, but here is what I will do: a full refund.',
      'You wrote: "you should have told me, there is nothing you can do" — I have told the team and will call you.',
      '> your fault, as usual\n\nI am sorry. I have sent a replacement.',
      'You should have received the tracking email this morning; I will resend it.',
    ]) {
      assert.deepEqual(
        spans(text).filter((found) => !found.startsWith('unbacked_date')),
        [],
        text,
      );
    }
  });

  it('backs a firm date with a certain promise on that day', () => {
    const text = 'Your replacement will arrive tomorrow.';
    assert.deepEqual(spans(text), ['unbacked_date: tomorrow']);
    const promised = { ...later, certainPromiseDates: [new Date('2026-12-08T16:00:00Z')] };
    assert.deepEqual(spans(text, promised), []);
  });

  it('asks for a recorded fault only when the case records none', () => {
    const text = 'This was our mistake, and I have refunded the charge.';
    assert.deepEqual(spans(text), ['unrecorded_fault: This was our mistake']);
    assert.deepEqual(spans(text, { ...later, recordedFault: true }), []);
  });

  it('flags the details of a public apology, not an apology sent privately', () => {
    const text = 'So sorry! We refunded $45.20 for order #48213 and will DM you.';
    assert.deepEqual(spans(text, { ...later, channel: 'public' }), [
      'public_apology: $45.20',
      'public_apology: order #48213',
    ]);
    assert.deepEqual(spans(text), []);
  });

  it('wants an apology in the first reply, and a next step in every reply', () => {
    assert.deepEqual(spans('Thanks for the message.', { ...later, firstReply: true }), [
      'no_apology: Thanks for the message.',
      'no_next_step: Thanks for the message.',
    ]);
    assert.deepEqual(
      spans('I am sorry. I will call you back with an update.', { ...later, firstReply: true }),
      [],
    );
  });

  it('has nothing to say about a blank draft', () => {
    assert.deepEqual(coachMessage('  \n ', { ...later, firstReply: true }), []);
  });
});
