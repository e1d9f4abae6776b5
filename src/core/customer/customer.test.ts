import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Customer, mergeCustomer } from './customer.ts';

const existing: Customer = {
  id: 'c1',
  externalId: 'crm-7',
  name: 'Jane Doe',
  emails: ['jane@example.com'],
  phones: ['+44 20 7946 0000'],
  socialHandles: [],
  attributes: { plan: 'gold', ltv: 1200 },
  createdAt: new Date(0),
  updatedAt: new Date(0),
};

describe('merging what we learn about a customer', () => {
  it('creates from details, normalising emails and dropping duplicates', () => {
    const merged = mergeCustomer(undefined, {
      name: ' Sam ',
      emails: ['Sam@Example.com', 'sam@example.com '],
    });
    assert.deepEqual(merged.emails, ['sam@example.com']);
    assert.equal(merged.name, 'Sam');
  });

  it('keeps old contact points and adds new ones', () => {
    const merged = mergeCustomer(existing, {
      emails: ['jane.doe@work.example'],
      phones: ['+44 20 7946 0000'],
    });
    assert.deepEqual(merged.emails, ['jane@example.com', 'jane.doe@work.example']);
    assert.deepEqual(merged.phones, ['+44 20 7946 0000']);
  });

  it('overlays attributes key by key and keeps the name unless a new one is given', () => {
    const merged = mergeCustomer(existing, { attributes: { plan: 'platinum', segment: 'smb' } });
    assert.deepEqual(merged.attributes, { plan: 'platinum', ltv: 1200, segment: 'smb' });
    assert.equal(merged.name, 'Jane Doe');
    assert.equal(merged.externalId, 'crm-7');
  });

  it('names an anonymous customer by their email', () => {
    assert.equal(mergeCustomer(undefined, { emails: ['x@example.com'] }).name, 'x@example.com');
    assert.equal(mergeCustomer(undefined, { externalId: 'e-1' }).name, 'Unknown customer');
  });
});
