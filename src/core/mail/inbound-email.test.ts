import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isReadableMessageId,
  isReadableSenderAddress,
  keptReferences,
  MAX_INBOUND_REFERENCES,
  safeFilename,
} from './inbound-email.ts';

describe('what is kept of what a mail says about itself', () => {
  it('keeps Message-IDs that are ids, at most 250 characters', () => {
    const table: [string, boolean][] = [
      ['<a1b2@mail.example.com>', true],
      ['<no-at-sign>', true],
      [`<${'a'.repeat(236)}@example.com>`, true],
      [`<${'a'.repeat(237)}@example.com>`, false],
      ['a1b2@mail.example.com', false],
      ['<a b@x>', false],
      ['<a\u0000b@x>', false],
      ['<a\ud800@x>', false],
      ['<>', false],
    ];
    for (const [id, kept] of table) assert.equal(isReadableMessageId(id), kept, id.slice(0, 30));
  });

  it('keeps the first and the latest References, each an id', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `<r${i}@x>`);
    const kept = keptReferences(['<bad id@x>', ...ids]);
    assert.equal(kept.length, MAX_INBOUND_REFERENCES);
    assert.equal(kept[0], '<r0@x>');
    assert.equal(kept[1], `<r${500 - MAX_INBOUND_REFERENCES + 1}@x>`);
    assert.equal(kept.at(-1), '<r499@x>');
    assert.deepEqual(keptReferences(['<a@x>', '<b@x>']), ['<a@x>', '<b@x>']);
  });

  it('takes a sender address only when it could be one', () => {
    const table: [string, boolean][] = [
      ['ann@example.com', true],
      ['ann.lee+orders@mail.example.co.uk', true],
      ['jürgen@bücher.example', true],
      ['ann@localhost', true],
      [`${'l'.repeat(64)}@example.com`, true],
      [`${'l'.repeat(65)}@example.com`, false],
      [`ann@${'d'.repeat(250)}.com`, false],
      ['ann\ufffd@example.com', false],
      ['"ann\\"evil"@example.com', false],
      ['ann lee@example.com', false],
      ['ann@exa\u0085mple.com', false],
      // An encoded word left as it came: its domain is no host's name.
      ['=?utf-8?Q?ann=00@customer.test?=', false],
      ['ann@example..com', false],
      ['ann@exa_mple.com', false],
      ['ann@', false],
      ['@example.com', false],
      ['ann', false],
    ];
    for (const [address, readable] of table)
      assert.equal(isReadableSenderAddress(address), readable, address.slice(0, 30));
  });

  it('names a file without a path, control characters, quotes or invisible formatting', () => {
    const table: [string, string][] = [
      ['../../etc/passwd', 'passwd'],
      ['invoice\u202efdp.exe', 'invoicefdp.exe'],
      ['\u2066report\u2069.pdf\u200b', 'report.pdf'],
      ['a\r\nb\u0085"c".txt', 'abc.txt'],
      ['....', 'attachment'],
      ['\u202e', 'attachment'],
    ];
    for (const [name, safe] of table) assert.equal(safeFilename(name), safe, JSON.stringify(name));
  });
});
