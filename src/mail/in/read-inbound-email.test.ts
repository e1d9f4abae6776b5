import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isReadableSenderAddress } from '../../core/mail/inbound-email.ts';
import { isStorableText } from '../../core/shared/storable-text.ts';
import { inboundReader, MAX_MIME_PARTS } from './read-inbound-email.ts';

/** No DNS leaves the machine: every name is unknown, as for a domain without records. */
const read = inboundReader({
  resolver: async (domain) => {
    throw Object.assign(new Error(`queryTxt ENOTFOUND ${domain}`), { code: 'ENOTFOUND' });
  },
});
const envelope = { envelopeFrom: 'ann@example.com', remoteAddress: '127.0.0.1', helo: 'client.test' };

/** A raw mail of these lines, CRLF between them as on the wire. */
const mailOf = (lines: string[]) => Buffer.from(lines.join('\r\n'));

/** Every string anywhere in a value, with where it sits. */
function stringsIn(value: unknown, at = 'mail'): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => stringsIn(inner, `${at}.${key}`));
}

// Text a hostile or broken sender might put anywhere: NUL, lone surrogates, CR and LF alone,
// encoded words in unknown charsets, stray boundaries, bytes that are not UTF-8.
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    '\ud800',
    '\udfff x',
    '\r',
    '\n',
    '=?utf-8?Q?ann=00?=',
    '=?x-unknown?B?AAAA?=',
    '=?utf-8?B?7aCA?=',
    '--b',
    '--b--',
    '<',
    '>',
    '"',
    '@',
    ';',
    'boundary=',
  ),
);
const line = fc.array(nasty, { maxLength: 6 }).map((parts) => parts.join(''));
const contentType = fc.constantFrom(
  'text/plain; charset=utf-8',
  'text/html; charset=iso-8859-1',
  'text/plain; charset=x-unknown',
  'multipart/alternative; boundary="b"',
  'multipart/mixed; boundary=b',
  'multipart/report; report-type=delivery-status; boundary="b"',
  'message/rfc822',
  'message/delivery-status',
  'application/octet-stream',
  '',
);
const encoding = fc.constantFrom('7bit', '8bit', 'base64', 'quoted-printable', 'x-bogus', '');
const part = fc
  .record({ type: contentType, encoding, disposition: line, body: fc.array(line, { maxLength: 6 }) })
  .map(({ type, encoding, disposition, body }) =>
    [
      `Content-Type: ${type}`,
      `Content-Transfer-Encoding: ${encoding}`,
      `Content-Disposition: attachment; filename="${disposition}"`,
      '',
      ...body,
    ].join('\r\n'),
  );
const mail = fc
  .record({
    from: line,
    to: line,
    subject: line,
    messageId: line,
    type: contentType,
    extra: fc.array(
      fc.tuple(
        fc.constantFrom('Auto-Submitted', 'Precedence', 'X-Autoreply', 'References', 'Delivered-To'),
        line,
      ),
      { maxLength: 4 },
    ),
    parts: fc.array(part, { maxLength: 4 }),
    newline: fc.constantFrom('\r\n', '\n'),
  })
  .map(({ from, to, subject, messageId, type, extra, parts, newline }) =>
    Buffer.from(
      [
        `From: ${from} <ann@example.com>`,
        `To: ${to}`,
        `Subject: ${subject}`,
        `Message-ID: <${messageId}@example.com>`,
        ...extra.map(([name, value]) => `${name}: ${value}`),
        `Content-Type: ${type}`,
        '',
        ...parts.flatMap((body) => ['--b', body]),
        '--b--',
        '',
      ].join(newline),
      'utf8',
    ),
  );

describe('reading an inbound mail', () => {
  it('whatever the bytes, answers storable text and readable addresses, or says why it could not read it', async () => {
    await fc.assert(
      fc.asyncProperty(mail, async (raw) => {
        let read_: Awaited<ReturnType<typeof read>>;
        try {
          read_ = await read(raw, envelope);
        } catch (error) {
          // Such a mail is kept raw and flagged with this message: it must say something.
          assert.ok(error instanceof Error && error.message.length > 0, String(error));
          return;
        }
        for (const [at, text] of stringsIn(read_))
          assert.ok(isStorableText(text), `${at} cannot be stored: ${JSON.stringify(text)}`);
        if (read_.from) assert.ok(isReadableSenderAddress(read_.from.address), read_.from.address);
        for (const attachment of read_.attachments) assert.ok(attachment.content instanceof Uint8Array);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a reply as a mail client writes one: who, what, the new words apart from the quoted ones', async () => {
    const raw = mailOf([
      'From: "Ann Lee" <Ann@Example.com>',
      'To: case+abc@replies.shop.test',
      'Subject: =?utf-8?Q?Re:_Your_order_=E2=80=94_broken?=',
      'Message-ID: <m1@example.com>',
      'In-Reply-To: <c1@shop.test>',
      'References: <c0@shop.test> <c1@shop.test>',
      'Auto-Submitted: no',
      'Content-Type: multipart/alternative; boundary="alt"',
      '',
      '--alt',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The lid is cracked too.',
      '',
      'On Mon, Shop <support@shop.test> wrote:',
      '> Sorry about the vase.',
      '--alt',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>The lid is cracked too.</p><script>alert(1)</script>',
      '--alt--',
      '',
    ]);
    const mail = await read(raw, envelope);
    assert.deepEqual(mail.from, { address: 'ann@example.com', name: 'Ann Lee' });
    assert.equal(mail.subject, 'Re: Your order — broken');
    assert.equal(mail.messageId, '<m1@example.com>');
    assert.equal(mail.inReplyTo, '<c1@shop.test>');
    assert.deepEqual(mail.references, ['<c0@shop.test>', '<c1@shop.test>']);
    assert.deepEqual(mail.recipients, ['case+abc@replies.shop.test']);
    assert.equal(mail.visibleText, 'The lid is cracked too.');
    assert.equal(mail.automation.autoSubmitted, 'no');
    assert.equal(mail.automation.contentType, 'multipart/alternative');
    assert.doesNotMatch(mail.htmlBody ?? '', /script|alert/);
  });

  it('takes a Message-ID written without angle brackets, and no empty address from an empty group or an empty Cc', async () => {
    const raw = mailOf([
      'From: Ann <ann@example.com>',
      'To: Undisclosed recipients:;, case+abc@replies.shop.test',
      'Cc: <>',
      'Subject: Hello',
      'Message-Id: 201002191008.30117.ann@example.com',
      'In-Reply-To: sent-1@shop.test',
      '',
      'Hello',
      '',
    ]);
    const mail = await read(raw, envelope);
    assert.equal(mail.messageId, '<201002191008.30117.ann@example.com>');
    assert.equal(mail.inReplyTo, '<sent-1@shop.test>');
    assert.deepEqual(mail.recipients, ['case+abc@replies.shop.test']);
  });

  it(`refuses a mail of more than ${MAX_MIME_PARTS} MIME parts, saying so, and reads one of that many`, async () => {
    const partsMail = (parts: number) =>
      mailOf([
        'From: ann@example.com',
        'Subject: parts',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        ...Array.from({ length: parts }, (_, i) => `--b\r\nContent-Type: text/plain\r\n\r\npart ${i}`),
        '--b--',
        '',
      ]);
    // The message itself is a part too.
    const most = await read(partsMail(MAX_MIME_PARTS - 1), envelope);
    assert.match(most.textBody ?? '', /part 998/);
    await assert.rejects(read(partsMail(MAX_MIME_PARTS), envelope), /part count of 1000 parts exceeded/);
  });

  it('keeps a bounce’s report and the Message-ID of the mail it returns, and no attachments', async () => {
    const raw = mailOf([
      'From: MAILER-DAEMON@mx.example.com',
      'To: bounces@shop.test',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r"',
      '',
      '--r',
      'Content-Type: text/plain',
      '',
      'Your message could not be delivered.',
      '--r',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; gone@example.com',
      'Action: failed',
      'Status: 5.1.1',
      '--r',
      'Content-Type: message/rfc822',
      '',
      'Message-ID: <sent-1@shop.test>',
      'Subject: Your case',
      '',
      'Hello',
      '--r--',
      '',
    ]);
    const mail = await read(raw, { ...envelope, envelopeFrom: '' });
    assert.equal(mail.automation.envelopeFrom, '', 'the null return path, as it came');
    assert.equal(mail.automation.reportType, 'delivery-status');
    assert.equal(mail.automation.hasDeliveryStatus, true);
    assert.equal(mail.originalMessageId, '<sent-1@shop.test>');
    assert.deepEqual(
      mail.deliveryReports.map((report) => [report.recipient, report.action]),
      [['gone@example.com', 'failed']],
    );
    assert.deepEqual(mail.attachments, []);
    assert.doesNotMatch(mail.textBody ?? '', /Hello/, 'the returned mail is evidence, not the body');
  });
});
