import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parseEnv } from './env.ts';

describe('configuration', () => {
  it('has defaults a newcomer can start with', () => {
    const env = parseEnv({});
    assert.equal(env.PORT, 3000);
    assert.equal(env.DATABASE_URL, undefined);
    assert.equal(env.dataDir, path.resolve('data'));
    assert.equal(env.secureCookies, false);
    assert.ok(Object.isFrozen(env));
  });

  it('marks cookies secure when the public URL is https', () => {
    assert.equal(parseEnv({ AMENDS_PUBLIC_URL: 'https://amends.example.com' }).secureCookies, true);
  });

  it('names every bad variable and how to fix it', () => {
    assert.throws(
      () => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AMENDS_ADMIN_PASSWORD: 'short' }),
      (error: unknown) =>
        error instanceof Error &&
        /PORT/.test(error.message) &&
        /DATABASE_URL: must be a postgres:\/\/ connection URL/.test(error.message) &&
        /AMENDS_ADMIN_PASSWORD: must be at least 12 characters/.test(error.message) &&
        /README/.test(error.message),
    );
  });
});
