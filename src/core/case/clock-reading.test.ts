import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readClock } from './clock-reading.ts';

const due = new Date('2026-12-07T10:00:00Z');
const at = (minutes: number) => new Date(due.getTime() + minutes * 60_000);

describe('a clock read at a moment', () => {
  it('counts down, warns in its last quarter hour, and says by how much it is overdue', () => {
    assert.deepEqual(readClock('acknowledge', due, at(-12 * 60)), {
      text: 'acknowledge in 12 h',
      state: 'running',
    });
    assert.deepEqual(readClock('acknowledge', due, at(-16)), {
      text: 'acknowledge in 16 min',
      state: 'running',
    });
    assert.deepEqual(readClock('acknowledge', due, at(-12)), {
      text: 'acknowledge in 12 min',
      state: 'soon',
    });
    assert.deepEqual(readClock('update', due, at(-0.5)), {
      text: 'update in less than a minute',
      state: 'soon',
    });
    assert.deepEqual(readClock('update', due, due), {
      text: 'update overdue by less than a minute',
      state: 'breached',
    });
    assert.deepEqual(readClock('update', due, at(180)), { text: 'update overdue by 3 h', state: 'breached' });
    assert.deepEqual(readClock('resolve', due, at(1440 + 120)), {
      text: 'resolve overdue by 1 day 2 h',
      state: 'breached',
    });
  });
});
