import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  hmacSha256,
  signRatingToken,
  signRequestToken,
  verifyRatingToken,
  verifyRequestToken,
} from './rating-link.ts';

const SECRET = 'a-test-secret-that-signs-links';
const KEY = 'q3X9vT0bLw2mZr8kPcYhJA';
const OTHER_KEY = 'Zb7-kP_2xQ9wLm4nRt6yVA';

const token = (score: number, key = KEY) => signRatingToken(SECRET, { key, score });
const parts = (t: string) => t.split('.') as [string, string, string];

describe('signed rating links', () => {
  for (const score of [0, 1, 4, 5, 10]) {
    it(`gives back the key and score ${score} it signed`, () => {
      assert.deepEqual(verifyRatingToken(SECRET, token(score)), { key: KEY, score });
    });
  }

  it('shapes the token as key, score and a 128-bit signature', () => {
    const [key, score, signature] = parts(token(4));
    assert.equal(key, KEY);
    assert.equal(score, '4');
    assert.match(signature, /^[A-Za-z0-9_-]{22}$/);
  });

  it('gives every score of a request a different token', () => {
    const tokens = [1, 2, 3, 4].map((score) => token(score));
    assert.equal(new Set(tokens).size, 4);
    assert.equal(new Set(tokens.map((t) => parts(t)[2])).size, 4);
  });

  it('gives the same score of two requests different signatures', () => {
    assert.notEqual(parts(token(4))[2], parts(token(4, OTHER_KEY))[2]);
  });

  const [key, , signature] = parts(token(4));
  const refused: [string, string, string?][] = [
    ['a score changed after signing', `${key}.1.${signature}`],
    ['a score written with a leading zero', `${key}.04.${signature}`],
    ['a key with one character changed', `${key.slice(0, -1)}B.4.${signature}`],
    ["another request's key with this signature", `${OTHER_KEY}.4.${signature}`],
    [
      'a signature with one character changed',
      `${key}.4.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
    ],
    ['a truncated signature', `${key}.4.${signature.slice(0, 10)}`],
    ['a token signed with another secret', signRatingToken('another-secret', { key: KEY, score: 4 })],
    ['a token without its signature', `${key}.4`],
    ['a token with an empty signature', `${key}.4.`],
    ['a bare key', key],
    ['an empty token', ''],
    ['a token with an extra part', `${token(4)}.extra`],
    ['a negative score', `${key}.-1.${signature}`],
    ['a score that is not digits', `${key}.x.${signature}`],
    ['a score in exponent form', `${key}.4e0.${signature}`],
    ['a three-digit score', `${key}.100.${signature}`],
    [
      'a key that is too short, even when properly signed',
      signRatingToken(SECRET, { key: 'short', score: 4 }),
    ],
    [
      'a key with characters outside base64url',
      signRatingToken(SECRET, { key: `${KEY.slice(0, 21)}+`, score: 4 }),
    ],
  ];
  for (const [name, given] of refused) {
    it(`refuses ${name}`, () => assert.equal(verifyRatingToken(SECRET, given), undefined));
  }
});

describe('signed request tokens (comment form, unsubscribe)', () => {
  it('gives back the key for the purpose it was signed for', () => {
    assert.equal(verifyRequestToken(SECRET, 'comment', signRequestToken(SECRET, 'comment', KEY)), KEY);
    assert.equal(
      verifyRequestToken(SECRET, 'unsubscribe', signRequestToken(SECRET, 'unsubscribe', KEY)),
      KEY,
    );
  });

  it('refuses a comment token as an unsubscribe token and the other way round', () => {
    assert.equal(
      verifyRequestToken(SECRET, 'unsubscribe', signRequestToken(SECRET, 'comment', KEY)),
      undefined,
    );
    assert.equal(
      verifyRequestToken(SECRET, 'comment', signRequestToken(SECRET, 'unsubscribe', KEY)),
      undefined,
    );
  });

  it('refuses a rating token as a request token, and a request token as a rating token', () => {
    assert.equal(verifyRequestToken(SECRET, 'comment', token(4)), undefined);
    const [key, , signature] = parts(token(4));
    assert.equal(verifyRequestToken(SECRET, 'comment', `${key}.${signature}`), undefined);
    assert.equal(verifyRatingToken(SECRET, signRequestToken(SECRET, 'comment', KEY)), undefined);
  });

  it('refuses a request token signed with another secret or for another key', () => {
    assert.equal(
      verifyRequestToken(SECRET, 'comment', signRequestToken('another-secret', 'comment', KEY)),
      undefined,
    );
    const signature = signRequestToken(SECRET, 'comment', KEY).split('.')[1];
    assert.equal(verifyRequestToken(SECRET, 'comment', `${OTHER_KEY}.${signature}`), undefined);
  });

  it('refuses a request token with an extra part or no signature', () => {
    assert.equal(
      verifyRequestToken(SECRET, 'comment', `${signRequestToken(SECRET, 'comment', KEY)}.x`),
      undefined,
    );
    assert.equal(verifyRequestToken(SECRET, 'comment', KEY), undefined);
  });
});

describe('HMAC-SHA256 from precomputed pads', () => {
  it('gives the same bytes as createHmac for short, block-sized, long and non-ASCII secrets, in any order', () => {
    const secrets = ['k', 'x'.repeat(64), 'y'.repeat(65), 'z'.repeat(200), 'clé-secrète-🔑', SECRET];
    const messages = ['', 'rate:abc:4', 'comment:q3X9vT0bLw2mZr8kPcYhJA:', 'ü'.repeat(300)];
    // Alternating secrets checks that the cached pads follow the secret.
    for (const message of messages)
      for (const secret of [...secrets, ...secrets.toReversed()])
        assert.deepEqual(hmacSha256(secret, message), createHmac('sha256', secret).update(message).digest());
  });

  it('matches RFC 4231 test case 2', () => {
    assert.equal(
      hmacSha256('Jefe', 'what do ya want for nothing?').toString('hex'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });
});
