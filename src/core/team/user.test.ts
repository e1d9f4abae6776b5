import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstNameOf } from './user.ts';

describe('a person’s first name, as a customer reads it', () => {
  it('is the first word of their name', () => {
    assert.equal(firstNameOf('Maya Lind'), 'Maya');
    assert.equal(firstNameOf('  Jean-Luc   Picard '), 'Jean-Luc');
    assert.equal(firstNameOf('Cher'), 'Cher');
  });
});
