import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideThreading, referenceCandidates, type ThreadingFacts } from './inbound-threading.ts';

const ann = 'ann@example.com';
const caseA = { caseId: 'case-a', customerEmails: [ann] };
const caseB = { caseId: 'case-b', customerEmails: ['bob@example.com'] };
const nothing: ThreadingFacts = {
  replyAddressCase: undefined,
  candidates: [],
  referencedCases: new Map(),
  senderAddress: ann,
  senderActiveCaseIds: [],
  authentication: 'unverified',
};

describe('where an inbound mail belongs', () => {
  const cases: [string, Partial<ThreadingFacts>, ReturnType<typeof decideThreading>][] = [
    [
      'the reply address first, even when it also answers another case',
      {
        replyAddressCase: caseA,
        candidates: ['<m1>'],
        referencedCases: new Map([['<m1>', caseB]]),
        senderActiveCaseIds: ['case-c'],
      },
      { action: 'thread', caseId: 'case-a', by: 'reply_address', from: 'customer' },
    ],
    [
      'the reply address from a stranger: threaded, marked',
      { replyAddressCase: caseB },
      { action: 'thread', caseId: 'case-b', by: 'reply_address', from: 'stranger' },
    ],
    [
      'the reply address with failed authentication: threaded (the address is the secret)',
      { replyAddressCase: caseA, authentication: 'failed' },
      { action: 'thread', caseId: 'case-a', by: 'reply_address', from: 'customer' },
    ],
    [
      'the first answered Message-ID we know',
      {
        candidates: ['<unknown>', '<m2>', '<m1>'],
        referencedCases: new Map([
          ['<m1>', caseB],
          ['<m2>', caseA],
        ]),
      },
      { action: 'thread', caseId: 'case-a', by: 'references', from: 'customer' },
    ],
    [
      'the sender’s one active case',
      { senderActiveCaseIds: ['case-a'] },
      { action: 'thread', caseId: 'case-a', by: 'sender', from: 'customer' },
    ],
    [
      'a new case when the sender has two active cases',
      { senderActiveCaseIds: ['case-a', 'case-c'] },
      { action: 'open_case' },
    ],
    ['a new case when the sender has none', {}, { action: 'open_case' }],
    [
      'flagged, not threaded by sender, when authentication failed',
      { senderActiveCaseIds: ['case-a'], authentication: 'failed' },
      {
        action: 'flag',
        why: 'its sender failed authentication (DKIM/SPF/DMARC), and only its From ties it to a customer',
      },
    ],
    [
      'flagged, no new case, when authentication failed',
      { authentication: 'failed' },
      {
        action: 'flag',
        why: 'its sender failed authentication (DKIM/SPF/DMARC), and only its From ties it to a customer',
      },
    ],
    [
      'flagged when there is no sender to open a case for',
      { senderAddress: undefined },
      { action: 'flag', why: 'it has no sender address we can read, and answers no case of ours' },
    ],
  ];
  for (const [name, facts, decision] of cases) {
    it(`takes ${name}`, () => {
      assert.deepEqual(decideThreading({ ...nothing, ...facts }), decision);
    });
  }

  it('tries In-Reply-To, then References newest first, each once', () => {
    assert.deepEqual(referenceCandidates('<c>', ['<a>', '<b>', '<c>']), ['<c>', '<b>', '<a>']);
    assert.deepEqual(referenceCandidates(undefined, ['<a>', '<b>']), ['<b>', '<a>']);
  });
});
