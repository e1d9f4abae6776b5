import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  passwordResetLink,
  resolveForgottenPasswordWindowStart,
  resolvePasswordResetExpiry,
} from './password-reset.ts';

describe('password-reset links', () => {
  it('expire a day after they are made', () => {
    for (const [made, expires] of [
      ['2026-12-06T10:00:00.000Z', '2026-12-07T10:00:00.000Z'],
      ['2026-12-31T23:30:00.000Z', '2027-01-01T23:30:00.000Z'],
    ] as const) {
      assert.equal(resolvePasswordResetExpiry(new Date(made)).toISOString(), expires);
    }
  });

  it('carry the secret in the fragment, which browsers never send to a server', () => {
    const link = new URL(passwordResetLink('https://amends.example.com', 'amr_secret'));
    assert.deepEqual([link.pathname, link.search, link.hash], ['/reset-password', '', '#amr_secret']);
  });

  it('count the links asked for on the sign-in page over the last hour', () => {
    assert.equal(
      resolveForgottenPasswordWindowStart(new Date('2026-12-07T00:30:00.000Z')).toISOString(),
      '2026-12-06T23:30:00.000Z',
    );
  });
});
