import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  bouncedRecipient,
  messageIdInHeaders,
  permanentFailures,
  readDeliveryStatus,
} from './delivery-report.ts';

const report = [
  'Reporting-MTA: dns; mx.example.net',
  'Arrival-Date: Mon, 24 Dec 2007 10:03:47 +1100',
  '',
  'Final-Recipient: rfc822; Ann@Example.com',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <ann@example.com>... User',
  '  unknown',
  '',
  'Final-Recipient: rfc822; bob@example.com',
  'Action: delayed',
  'Status: 4.4.1',
  '',
  'Original-Recipient: rfc822;cy@example.com',
  'Action: failed',
  'Status: 4.4.7',
].join('\r\n');

describe('a bounce report', () => {
  it('reads each recipient’s action, status and diagnostic, folded lines joined', () => {
    assert.deepEqual(readDeliveryStatus(report), [
      {
        recipient: 'ann@example.com',
        action: 'failed',
        status: '5.1.1',
        diagnostic: 'smtp; 550 5.1.1 <ann@example.com>... User unknown',
      },
      { recipient: 'bob@example.com', action: 'delayed', status: '4.4.1', diagnostic: undefined },
      { recipient: 'cy@example.com', action: 'failed', status: '4.4.7', diagnostic: undefined },
    ]);
  });

  it('counts only failed with a 5.x.x status as lost for good', () => {
    assert.deepEqual(
      permanentFailures(readDeliveryStatus(report)).map((r) => r.recipient),
      ['ann@example.com'],
    );
  });

  it('finds the original Message-ID, not a Resent-Message-ID, and not one in the body', () => {
    const headers =
      'Resent-Message-Id: <resent@x>\r\nMessage-Id:\r\n <orig@example.com>\r\nSubject: hi\r\n\r\nMessage-ID: <body@x>';
    assert.equal(messageIdInHeaders(headers), '<orig@example.com>');
    assert.equal(messageIdInHeaders('Subject: none\r\n\r\nMessage-ID: <body@x>'), undefined);
  });

  it('suppresses only the address our own returned mail went to, when it failed for good', () => {
    const reports = readDeliveryStatus(report);
    assert.equal(bouncedRecipient(reports, { toAddress: 'ANN@example.com' })?.recipient, 'ann@example.com');
    assert.equal(bouncedRecipient(reports, { toAddress: 'bob@example.com' }), undefined, 'only delayed');
    assert.equal(bouncedRecipient(reports, { toAddress: 'dan@example.com' }), undefined, 'not in the report');
    assert.equal(bouncedRecipient(reports, undefined), undefined, 'not a mail of ours');
  });
});
