import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_MESSAGE_LENGTH } from '../conversation/customer-message.ts';
import { keepAttachments, MAX_ATTACHMENT_BYTES, safeFilename } from './inbound-email.ts';
import { messageBodyOf, nameFromSender, storyOf, titleFromSubject } from './inbound-text.ts';

describe('what a case is told of an inbound mail', () => {
  it('makes a one-line title of the subject, without reply prefixes or smuggled headers', () => {
    assert.equal(titleFromSubject('Re: AW: Fwd: Broken vase', 'a@x.test'), 'Broken vase');
    assert.equal(titleFromSubject('Broken\r\nBcc: eve@evil.test', 'a@x.test'), 'Broken Bcc: eve@evil.test');
    assert.equal(titleFromSubject('  ', 'a@x.test'), 'Email from a@x.test');
    assert.equal(titleFromSubject('x'.repeat(300), 'a@x.test').length, 200);
  });

  it('keeps a sender’s name on one line', () => {
    assert.equal(nameFromSender('Eve\r\nBcc: x@evil.test'), 'Eve Bcc: x@evil.test');
    assert.equal(nameFromSender(' '), undefined);
  });

  it('cuts a huge reply to what a timeline keeps, and says so', () => {
    const { body, cut } = messageBodyOf('a'.repeat(1_000_000));
    assert.equal(body.length, MAX_MESSAGE_LENGTH);
    assert.equal(cut, true);
    assert.deepEqual(messageBodyOf('  hi  '), { body: 'hi', cut: false });
  });

  it('tells the story of an empty mail by its subject, or says it had no text', () => {
    assert.equal(storyOf('', 'Photos of the damage'), 'Photos of the damage');
    assert.equal(storyOf('', undefined), '(The email had no text.)');
  });

  it('keeps attachments within the limits per file and per mail, as they came', () => {
    const file = (size: number) => ({
      filename: 'f',
      contentType: 'application/zip',
      content: new Uint8Array(size),
    });
    const kept = keepAttachments([
      file(MAX_ATTACHMENT_BYTES + 1),
      file(MAX_ATTACHMENT_BYTES),
      file(MAX_ATTACHMENT_BYTES),
      file(1),
    ]);
    assert.deepEqual(
      kept.map((k) => k.omitted === undefined),
      [false, true, true, false],
    );
  });

  it('makes a file name safe to download', () => {
    assert.equal(safeFilename('../../etc/passwd'), 'passwd');
    assert.equal(safeFilename('C:\\temp\\bad"name\r\n.pdf'), 'badname.pdf');
    assert.equal(safeFilename('...'), 'attachment');
    assert.equal(safeFilename(undefined), 'attachment');
  });
});
