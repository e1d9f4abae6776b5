import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertIdempotencyKey,
  assertReplayable,
  idempotencyKeysExpireBefore,
  resolveRetry,
} from './idempotency-key.ts';

describe('idempotency keys', () => {
  it('accepts 1–255 visible ASCII characters and nothing else', () => {
    for (const key of ['a', '0f8e2c1a-7c1e-4bb7-9d5e-1f0b6a3c2d11', 'order:4471/retry#2', '~'.repeat(255)])
      assert.doesNotThrow(() => assertIdempotencyKey(key), key);
    for (const key of ['', ' ', 'two words', 'tab\there', 'new\nline', 'é', 'x'.repeat(256)])
      assert.throws(() => assertIdempotencyKey(key), { code: 'VALIDATION_FAILED' }, JSON.stringify(key));
  });

  const answered = { requestHash: 'h1', answer: { status: 201, body: '{"id":1}' } };
  for (const [name, attempt, hash, expected] of [
    ['replays the same request', answered, 'h1', { kind: 'replay', status: 201, body: '{"id":1}' }],
    ['refuses another request', answered, 'h2', { kind: 'reused' }],
    [
      'refuses another request even while the first runs',
      { requestHash: 'h1', answer: undefined },
      'h2',
      { kind: 'reused' },
    ],
    [
      'says the first is still running',
      { requestHash: 'h1', answer: undefined },
      'h1',
      { kind: 'in-progress' },
    ],
  ] as const) {
    it(name, () => assert.deepEqual(resolveRetry(attempt, hash), expected));
  }

  it('turns what cannot be replayed into its problem', () => {
    assert.throws(() => assertReplayable({ kind: 'reused' }), {
      code: 'IDEMPOTENCY_KEY_REUSED',
      status: 422,
    });
    assert.throws(() => assertReplayable({ kind: 'in-progress' }), {
      code: 'IDEMPOTENCY_KEY_IN_PROGRESS',
      status: 409,
    });
  });

  it('forgets keys after 24 hours', () => {
    assert.equal(
      idempotencyKeysExpireBefore(new Date('2026-12-06T12:00:00Z')).toISOString(),
      '2026-12-05T12:00:00.000Z',
    );
  });
});
