import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError, type ErrorCode } from '../shared/app-error.ts';
import { assertHandoffAllowed, canChangeCaseStatus, type HandoffRequest } from './handoff.ts';

const base: HandoffRequest = {
  caseStatus: 'acknowledged',
  currentOwnerId: 'owner',
  actor: { userId: 'owner', role: 'agent' },
  newOwner: { userId: 'colleague', active: true },
  reason: 'Billing needs to issue the refund',
};

function failsWith(request: HandoffRequest, code: ErrorCode) {
  assert.throws(
    () => assertHandoffAllowed(request),
    (error: unknown) => error instanceof AppError && error.code === code,
  );
}

describe('hand-off rules', () => {
  it('lets the owner hand off with a reason, and returns the reason trimmed', () => {
    assert.equal(
      assertHandoffAllowed({ ...base, reason: '  Billing needs to issue the refund \n' }),
      'Billing needs to issue the refund',
    );
  });

  it('refuses a missing or token reason', () => {
    failsWith({ ...base, reason: '' }, 'VALIDATION_FAILED');
    failsWith({ ...base, reason: '   ok   ' }, 'VALIDATION_FAILED');
  });

  it('refuses an agent who does not own the case', () => {
    failsWith({ ...base, actor: { userId: 'bystander', role: 'agent' } }, 'FORBIDDEN');
  });

  it('lets a supervisor or admin hand off a case they do not own', () => {
    assert.ok(assertHandoffAllowed({ ...base, actor: { userId: 'boss', role: 'supervisor' } }));
    assert.ok(assertHandoffAllowed({ ...base, actor: { userId: 'root', role: 'admin' } }));
  });

  it('refuses a hand-off to the current owner', () => {
    failsWith({ ...base, newOwner: { userId: 'owner', active: true } }, 'INVALID_HANDOFF');
  });

  it('refuses a hand-off to a deactivated person', () => {
    failsWith({ ...base, newOwner: { userId: 'colleague', active: false } }, 'INVALID_HANDOFF');
  });

  it('refuses to hand off a resolved or closed case', () => {
    failsWith({ ...base, caseStatus: 'resolved' }, 'INVALID_HANDOFF');
    failsWith({ ...base, caseStatus: 'closed' }, 'INVALID_HANDOFF');
  });

  it('allows a hand-off of an open (unacknowledged) case', () => {
    assert.ok(assertHandoffAllowed({ ...base, caseStatus: 'open' }));
  });
});

describe('who may change a case status', () => {
  it('is the owner, or a supervisor and above', () => {
    assert.equal(canChangeCaseStatus({ userId: 'owner', role: 'agent' }, 'owner'), true);
    assert.equal(canChangeCaseStatus({ userId: 'other', role: 'agent' }, 'owner'), false);
    assert.equal(canChangeCaseStatus({ userId: 'other', role: 'supervisor' }, 'owner'), true);
    assert.equal(canChangeCaseStatus({ userId: 'other', role: 'admin' }, 'owner'), true);
  });
});
