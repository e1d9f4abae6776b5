import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../shared/app-error.ts';
import { checkedResolution, RESOLUTION_PART_MAX } from './case-resolution.ts';

const PARTS = { whatWentWrong: ' a ', howFixed: 'b', whyNotAgain: 'c' };

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    assert.ok(isAppError(error));
    assert.equal(error.code, 'VALIDATION_FAILED');
    return error.details?.field;
  }
  assert.fail('expected a refusal');
}

describe('a resolution', () => {
  it('needs all three parts, trimmed', () => {
    assert.deepEqual(checkedResolution(PARTS), { whatWentWrong: 'a', howFixed: 'b', whyNotAgain: 'c' });
  });
  it('names the part that is missing, blank or too long', () => {
    assert.equal(
      fieldOf(() => checkedResolution(undefined)),
      'resolution',
    );
    assert.equal(
      fieldOf(() => checkedResolution({ ...PARTS, howFixed: '   ' })),
      'resolution.howFixed',
    );
    assert.equal(
      fieldOf(() => checkedResolution({ whatWentWrong: 'a', howFixed: 'b' })),
      'resolution.whyNotAgain',
    );
    assert.equal(
      fieldOf(() => checkedResolution({ ...PARTS, whatWentWrong: 'x'.repeat(RESOLUTION_PART_MAX + 1) })),
      'resolution.whatWentWrong',
    );
  });
});
