import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_STATUSES } from '../case/case-status.ts';
import { reopensOnCustomerMessage, unansweredSinceAfter } from './customer-message.ts';

describe('a customer message', () => {
  it('reopens only a resolved or closed case', () => {
    const reopened = CASE_STATUSES.filter(reopensOnCustomerMessage);
    assert.deepEqual(reopened, ['resolved', 'closed']);
  });

  it('starts the wait for an answer at the first unanswered message, and an answer ends it', () => {
    const first = new Date('2026-12-01T10:00:00Z');
    const later = new Date('2026-12-01T11:00:00Z');
    assert.equal(unansweredSinceAfter('from_customer', undefined, first), first);
    assert.equal(unansweredSinceAfter('from_customer', first, later), first);
    assert.equal(unansweredSinceAfter('to_customer', first, later), undefined);
  });
});
