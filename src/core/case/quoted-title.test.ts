import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { quotedTitle } from './quoted-title.ts';

describe('a case title in a sentence', () => {
  it('is quoted, unless it carries quotes of its own', () => {
    assert.equal(quotedTitle('Late parcel'), '"Late parcel"');
    assert.equal(quotedTitle('Late parcel', '“', '”'), '“Late parcel”');
    assert.equal(
      quotedTitle('“Not great” on service visit SM-4114', '“', '”'),
      '“Not great” on service visit SM-4114',
    );
  });
});
