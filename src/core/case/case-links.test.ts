import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  readReplyAddress,
  replyAddressFor,
  signStatusToken,
  statusPageUrl,
  verifyStatusToken,
} from './case-links.ts';

const secret = 'test-secret';
const key = '0123456789abcdef0123456789abcdef';
const other = 'fedcba9876543210fedcba9876543210';

describe('status page tokens', () => {
  it('names the key it was signed for', () => {
    assert.equal(verifyStatusToken(secret, signStatusToken(secret, key)), key);
  });

  it('refuses a token signed with another secret, for another key, or altered', () => {
    const token = signStatusToken(secret, key);
    const [, signature] = token.split('.');
    for (const bad of [
      signStatusToken('another-secret', key),
      `${other}.${signature}`,
      `${token}x`,
      `${token}.extra`,
      key,
      '',
      `${key.toUpperCase()}.${signature}`,
      '../../etc/passwd',
    ])
      assert.equal(verifyStatusToken(secret, bad), undefined, bad);
  });

  it('builds the page URL from the public URL', () => {
    assert.equal(
      statusPageUrl('https://amends.example.com', secret, key),
      `https://amends.example.com/s/${signStatusToken(secret, key)}`,
    );
  });
});

describe('reply addresses', () => {
  it('tags the reply mailbox and reads back the key, whatever the case of the address', () => {
    const address = replyAddressFor(secret, 'support@example.com', key);
    assert.match(address, /^support\+[0-9a-f]{32}-[0-9a-f]{16}@example\.com$/);
    assert.ok(address.split('@')[0]!.length <= 64, 'a local part is at most 64 characters (RFC 5321)');
    assert.equal(readReplyAddress(secret, address), key);
    assert.equal(readReplyAddress(secret, address.toUpperCase()), key);
  });

  it('replaces a tag the mailbox already had', () => {
    const address = replyAddressFor(secret, 'support+inbox@example.com', key);
    assert.equal(address.startsWith('support+0123'), true);
    assert.equal(readReplyAddress(secret, address), key);
  });

  it('refuses addresses that are not ours', () => {
    const address = replyAddressFor(secret, 'support@example.com', key);
    for (const bad of [
      'support@example.com',
      replyAddressFor('another-secret', 'support@example.com', key),
      address.replace(key, other),
      `${address}@x`,
      'support+zz@example.com',
    ])
      assert.equal(readReplyAddress(secret, bad), undefined, bad);
  });
});
