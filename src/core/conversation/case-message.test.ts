import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_STATUSES } from '../case/case-status.ts';
import { EXAMPLE_VALUES } from '../message-template/message-template.ts';
import { AppError } from '../shared/app-error.ts';
import {
  acknowledgesCase,
  assertCaseTakesMessages,
  assertCustomerReachable,
  canWriteToCustomer,
  caseMessageSubject,
  checkedMessageText,
  recipientOf,
  writtenMessageText,
} from './case-message.ts';

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    assert.ok(error instanceof AppError, String(error));
    return error.code;
  }
};

describe('a message to the customer', () => {
  it('may be written by the owner, a supervisor or an admin — not by another agent', () => {
    const table: [string, 'agent' | 'supervisor' | 'admin', boolean][] = [
      ['owner', 'agent', true],
      ['someone', 'agent', false],
      ['someone', 'supervisor', true],
      ['someone', 'admin', true],
    ];
    for (const [userId, role, allowed] of table)
      assert.equal(canWriteToCustomer({ userId, role }, 'owner'), allowed, `${userId} ${role}`);
  });

  it('is refused on a closed case only, and acknowledges only an open one', () => {
    const refused = CASE_STATUSES.filter((status) => codeOf(() => assertCaseTakesMessages(1042, status)));
    assert.deepEqual(refused, ['closed']);
    assert.equal(
      codeOf(() => assertCaseTakesMessages(1042, 'closed')),
      'CASE_CLOSED',
    );
    assert.deepEqual(CASE_STATUSES.filter(acknowledgesCase), ['open']);
  });

  it('goes to the address the customer last wrote from when we know it, else their first usable one', () => {
    const table: [string[], string | undefined, string | undefined][] = [
      [['ann@work.test', 'ann@home.test'], 'Ann@Home.TEST', 'ann@home.test'],
      [['ann@work.test', 'ann@home.test'], 'stranger@else.test', 'ann@work.test'],
      [['ann@work.test'], undefined, 'ann@work.test'],
      [['not an address', 'ann@work.test'], undefined, 'ann@work.test'],
      [['ann@localhost'], undefined, undefined],
      [[], 'ann@home.test', undefined],
    ];
    for (const [emails, from, expected] of table)
      assert.equal(recipientOf(emails, from), expected, `${emails.join(',')} from ${from}`);
  });

  it('is refused when the customer has no address or their address bounced, not when they unsubscribed', () => {
    assert.equal(
      codeOf(() => assertCustomerReachable(undefined, undefined)),
      'CUSTOMER_UNREACHABLE',
    );
    assert.equal(
      codeOf(() => assertCustomerReachable('ann@x.test', 'bounced')),
      'CUSTOMER_UNREACHABLE',
    );
    assert.equal(
      codeOf(() => assertCustomerReachable('ann@x.test', 'unsubscribed')),
      undefined,
    );
    assert.equal(
      codeOf(() => assertCustomerReachable('ann@x.test', undefined)),
      undefined,
    );
  });

  it('has text: trimmed, not empty, not too long, no unknown variable', () => {
    assert.equal(checkedMessageText('  Hello Rita,\n\nsorry.  \n'), 'Hello Rita,\n\nsorry.');
    assert.equal(writtenMessageText('Hello {{customer.firstName}}', EXAMPLE_VALUES), 'Hello Rita');
    for (const bad of ['', ' \n\t', 'x'.repeat(20_001), 'Hello {{customer.frstName}}']) {
      try {
        writtenMessageText(bad, EXAMPLE_VALUES);
        assert.fail(`accepted ${bad.slice(0, 30)}`);
      } catch (error) {
        assert.ok(error instanceof AppError);
        assert.equal(error.code, 'VALIDATION_FAILED');
        assert.equal(error.details?.field, 'text');
      }
    }
  });

  it('has a subject naming the case, with Re: when it answers the customer’s mail', () => {
    const table: [string, boolean, string][] = [
      ['Vase arrived broken', false, 'Vase arrived broken [#1042]'],
      ['Vase arrived broken', true, 'Re: Vase arrived broken [#1042]'],
      ['Re: Vase arrived broken', true, 'Re: Vase arrived broken [#1042]'],
      ['Your case [#1042] is resolved', false, 'Your case [#1042] is resolved'],
      ['  ', false, '[#1042]'],
    ];
    for (const [base, replying, expected] of table)
      assert.equal(caseMessageSubject(base, 1042, { replying }), expected);
    const long = caseMessageSubject('x'.repeat(400), 1042, { replying: true });
    assert.ok(long.length <= 150, `${long.length} characters`);
    assert.ok(long.endsWith('… [#1042]'));
  });
});
