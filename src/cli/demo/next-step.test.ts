import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextStep } from './next-step.ts';

describe('the demo says what to do next', () => {
  const url = 'http://localhost:3000';
  it('does not tell someone whose Amends is running to start it', () => {
    const said = nextStep(true, url);
    assert.doesNotMatch(said, /npm start/);
    assert.match(said, /^Amends is running: open http:\/\/localhost:3000 /);
  });
  it('says to start it when the demo started the database itself', () => {
    assert.match(nextStep(false, url), /^Next: npm start, open http:\/\/localhost:3000,/);
  });
  it('says both when it cannot know (an external database)', () => {
    assert.match(nextStep(undefined, url), /npm start, if it is not running yet/);
  });
});
