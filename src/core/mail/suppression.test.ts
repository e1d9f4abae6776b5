import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifySmtpFailure, decideSend, suppressionKey } from './suppression.ts';

describe('suppression rules', () => {
  it('sends only to an address without a suppression entry', () => {
    assert.deepEqual(decideSend(undefined, 'survey'), { send: true });
    assert.deepEqual(decideSend({ reason: 'unsubscribed' }, 'survey'), {
      send: false,
      reason: 'unsubscribed',
    });
    assert.deepEqual(decideSend({ reason: 'bounced' }, 'survey'), { send: false, reason: 'bounced' });
  });

  it('lets every mail but a survey through an unsubscribe, and none through a bounce', () => {
    const table: [Parameters<typeof decideSend>[0], Parameters<typeof decideSend>[1], boolean][] = [
      [{ reason: 'unsubscribed' }, 'case-message', true],
      [{ reason: 'bounced' }, 'case-message', false],
      [{ reason: 'unsubscribed' }, 'survey', false],
      [{ reason: 'unsubscribed' }, 'case-alert', true],
      [{ reason: 'unsubscribed' }, 'survey-test', true],
      [{ reason: 'unsubscribed' }, 'password-reset', true],
      [{ reason: 'bounced' }, 'password-reset', false],
      [{ reason: 'bounced' }, 'case-alert', false],
      [undefined, 'case-message', true],
    ];
    for (const [suppression, kind, send] of table)
      assert.equal(decideSend(suppression, kind).send, send, `${suppression?.reason} ${kind}`);
  });

  it('keys an address by its trimmed lower-case form', () => {
    assert.equal(suppressionKey(' Ann.Lee@Example.COM '), 'ann.lee@example.com');
  });

  const failures: [{ responseCode?: number; command?: string }, string][] = [
    [{ responseCode: 550, command: 'RCPT TO' }, 'bounced'],
    [{ responseCode: 551, command: 'RCPT TO' }, 'bounced'],
    [{ responseCode: 553, command: 'RCPT TO' }, 'bounced'],
    [{ responseCode: 450, command: 'RCPT TO' }, 'retry'],
    [{ responseCode: 452, command: 'RCPT TO' }, 'retry'],
    [{ responseCode: 554, command: 'DATA' }, 'failed'],
    [{ responseCode: 451, command: 'DATA' }, 'retry'],
    [{ responseCode: 535, command: 'AUTH PLAIN' }, 'retry'],
    [{ responseCode: 550, command: 'MAIL FROM' }, 'retry'],
    [{ responseCode: 421, command: 'CONN' }, 'retry'],
    [{}, 'retry'],
    [{ responseCode: 250, command: 'RCPT TO' }, 'retry'],
  ];
  for (const [error, verdict] of failures) {
    it(`calls ${error.responseCode ?? 'no reply'} to ${error.command ?? 'nothing'} ${verdict}`, () => {
      assert.equal(classifySmtpFailure(error), verdict);
    });
  }
});
