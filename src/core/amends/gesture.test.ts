import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCodeLines } from './code-pool.ts';
import { decisionProblem, needsAmendsPrompt } from './gesture.ts';
import { signWebhook, verifyWebhook } from './webhook-signature.ts';

describe('who decides an amends request', () => {
  const pending = { requestedBy: 'agent-1', state: 'pending_approval' as const };
  it('is a supervisor or admin other than the requester, while it is pending', () => {
    assert.equal(decisionProblem({ userId: 'lead', role: 'supervisor' }, pending), undefined);
    assert.equal(decisionProblem({ userId: 'boss', role: 'admin' }, pending), undefined);
    assert.equal(decisionProblem({ userId: 'agent-2', role: 'agent' }, pending)?.code, 'FORBIDDEN');
    assert.equal(
      decisionProblem({ userId: 'lead', role: 'supervisor' }, { ...pending, requestedBy: 'lead' })?.code,
      'FORBIDDEN',
    );
    assert.equal(
      decisionProblem({ userId: 'lead', role: 'supervisor' }, { ...pending, state: 'approved' })?.code,
      'GESTURE_NOT_PENDING',
    );
  });
});

describe('the resolve prompt', () => {
  it('asks only when no gesture was made and nothing says why', () => {
    assert.equal(needsAmendsPrompt({ amendsOnCase: 0, explanation: undefined }), true);
    assert.equal(needsAmendsPrompt({ amendsOnCase: 0, explanation: '   ' }), true);
    assert.equal(
      needsAmendsPrompt({ amendsOnCase: 0, explanation: 'The customer only wanted an answer.' }),
      false,
    );
    assert.equal(needsAmendsPrompt({ amendsOnCase: 1, explanation: undefined }), false);
  });
});

describe('code pool uploads', () => {
  it('reads lines or a CSV first column, skipping a header, blanks and repeats', () => {
    assert.deepEqual(parseCodeLines('code,value\nA-1,10\n\nA-2,10\nA-1,10\n'), {
      kind: 'codes',
      codes: ['A-1', 'A-2'],
    });
    assert.deepEqual(parseCodeLines('\uFEFFX1\r\nX2\r\n'), { kind: 'codes', codes: ['X1', 'X2'] });
    assert.equal(parseCodeLines('has space\n').kind, 'problem');
    assert.equal(parseCodeLines('\n\n').kind, 'problem');
  });
});

describe('the webhook signature', () => {
  const at = new Date('2026-12-10T10:00:00Z');
  it('verifies the exact body, with the secret, recently', () => {
    const header = signWebhook('s3cret', '{"a":1}', at);
    assert.match(header, /^t=1796896800,v1=[0-9a-f]{64}$/);
    assert.equal(verifyWebhook('s3cret', '{"a":1}', header, at), true);
    assert.equal(verifyWebhook('s3cret', '{"a":2}', header, at), false, 'another body');
    assert.equal(verifyWebhook('other', '{"a":1}', header, at), false, 'another secret');
    assert.equal(
      verifyWebhook('s3cret', '{"a":1}', header, new Date(at.getTime() + 301_000)),
      false,
      'too old',
    );
    assert.equal(verifyWebhook('s3cret', '{"a":1}', 't=1,v1=zz', at), false);
  });
});
