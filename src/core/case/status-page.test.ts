import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_MESSAGE_LENGTH } from '../conversation/customer-message.ts';
import { canIssueStatusLink, findStatusReplyProblem } from './status-page.ts';

describe('a reply on the status page', () => {
  it('is kept when it has words, up to the longest message a timeline keeps', () => {
    assert.equal(findStatusReplyProblem('Still no refund.'), undefined);
    assert.equal(findStatusReplyProblem('x'.repeat(MAX_MESSAGE_LENGTH)), undefined);
  });

  it('is refused, with a sentence for the customer, when empty or too long', () => {
    assert.match(findStatusReplyProblem('') ?? '', /Write your message first/);
    assert.match(
      findStatusReplyProblem('x'.repeat(MAX_MESSAGE_LENGTH + 1)) ?? '',
      /20,000 characters; yours has 20,001/,
    );
  });
});

describe('who may issue a new status link', () => {
  it('is the owner, a supervisor or an admin; not another agent', () => {
    const owner = 'owner-id';
    assert.equal(canIssueStatusLink({ userId: owner, role: 'agent' }, owner), true);
    assert.equal(canIssueStatusLink({ userId: 'someone', role: 'supervisor' }, owner), true);
    assert.equal(canIssueStatusLink({ userId: 'someone', role: 'admin' }, owner), true);
    assert.equal(canIssueStatusLink({ userId: 'someone', role: 'agent' }, owner), false);
  });
});
