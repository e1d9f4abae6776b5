import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { referencesIn, threadHeadersFor } from './thread-headers.ts';

describe('threading a message to the customer', () => {
  it('answers the latest message: In-Reply-To names it, References carries its chain and it', () => {
    assert.deepEqual(
      threadHeadersFor({ messageId: '<c@mail.test>', references: ['<a@x.test>', '<b@y.test>'] }),
      {
        inReplyTo: '<c@mail.test>',
        references: ['<a@x.test>', '<b@y.test>', '<c@mail.test>'],
      },
    );
  });

  it('starts a thread when there is nothing to answer, or the id is unusable', () => {
    assert.equal(threadHeadersFor(undefined), undefined);
    for (const messageId of [
      '',
      'c@mail.test',
      '<c@mail.test>\r\nBcc: x@evil.test',
      '<c d@mail.test>',
      '<nodomain>',
    ])
      assert.equal(threadHeadersFor({ messageId, references: [] }), undefined, JSON.stringify(messageId));
  });

  it('drops references that could break a header, and repeats none', () => {
    const headers = threadHeadersFor({
      messageId: '<c@mail.test>',
      references: [
        '<a@x.test>',
        '<a@x.test>\nBcc: x@evil.test',
        'bare@x.test',
        '<c@mail.test>',
        '<a@x.test>',
      ],
    });
    assert.deepEqual(headers?.references, ['<a@x.test>', '<c@mail.test>']);
  });

  it('keeps the first and the latest ids of a long chain, 20 in all', () => {
    const chain = Array.from({ length: 30 }, (_, i) => `<m${i}@x.test>`);
    const headers = threadHeadersFor({ messageId: '<last@x.test>', references: chain });
    assert.equal(headers?.references.length, 20);
    assert.equal(headers?.references[0], '<m0@x.test>');
    assert.equal(headers?.references[1], '<m12@x.test>');
    assert.equal(headers?.references.at(-1), '<last@x.test>');
  });

  it('reads the ids of a stored References header', () => {
    assert.deepEqual(referencesIn('<a@x.test> <b@x.test>\r\n <junk>'), ['<a@x.test>', '<b@x.test>']);
    assert.deepEqual(referencesIn(undefined), []);
  });
});
