import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { customerTimeZone, dueTimeText } from './customer-time.ts';

describe('customer time', () => {
  it('takes the customer’s own zone when it is a real one, else the business’s', () => {
    assert.deepEqual(customerTimeZone({ timeZone: 'Europe/Berlin' }, 'UTC'), {
      zone: 'Europe/Berlin',
      own: true,
    });
    assert.deepEqual(customerTimeZone({ timezone: ' America/New_York ' }, 'UTC'), {
      zone: 'America/New_York',
      own: true,
    });
    assert.deepEqual(customerTimeZone({ timeZone: 'Mars/Olympus' }, 'Europe/Paris'), {
      zone: 'Europe/Paris',
      own: false,
    });
    assert.deepEqual(customerTimeZone({ timeZone: 42 }, 'Nowhere/Else'), { zone: 'UTC', own: false });
  });

  it('says a due time in the zone’s own clock and names the zone, summer and winter', () => {
    assert.equal(
      dueTimeText(new Date('2026-12-08T13:00:00Z'), 'Europe/Berlin'),
      'Tuesday 8 December at 14:00 (Central European Standard Time)',
    );
    assert.equal(
      dueTimeText(new Date('2026-07-08T13:00:00Z'), 'Europe/Berlin'),
      'Wednesday 8 July at 15:00 (Central European Summer Time)',
    );
    assert.equal(dueTimeText(new Date('2026-12-08T13:00:00Z'), 'UTC'), 'Tuesday 8 December at 13:00 (UTC)');
  });
});
