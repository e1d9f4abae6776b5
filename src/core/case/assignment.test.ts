import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chooseOwner, chooseStandInOwner, type OwnerCandidate } from './assignment.ts';

const at = (iso: string) => new Date(iso);
const candidate = (userId: string, overrides: Partial<OwnerCandidate> = {}): OwnerCandidate => ({
  userId,
  role: 'agent',
  available: true,
  activeCaseCount: 0,
  lastAssignedAt: undefined,
  ...overrides,
});

describe('assignment rule', () => {
  const table: { name: string; candidates: OwnerCandidate[]; expected: string | undefined }[] = [
    { name: 'nobody in the team', candidates: [], expected: undefined },
    { name: 'nobody available', candidates: [candidate('a', { available: false })], expected: undefined },
    {
      name: 'the fewest active cases wins',
      candidates: [
        candidate('a', { activeCaseCount: 3 }),
        candidate('b', { activeCaseCount: 1 }),
        candidate('c', { activeCaseCount: 2 }),
      ],
      expected: 'b',
    },
    {
      name: 'an unavailable person is skipped even when least loaded',
      candidates: [
        candidate('a', { activeCaseCount: 0, available: false }),
        candidate('b', { activeCaseCount: 5 }),
      ],
      expected: 'b',
    },
    {
      name: 'on equal load, the one who waited longest for a case',
      candidates: [
        candidate('a', { activeCaseCount: 1, lastAssignedAt: at('2026-11-23T10:00:00Z') }),
        candidate('b', { activeCaseCount: 1, lastAssignedAt: at('2026-11-23T09:00:00Z') }),
      ],
      expected: 'b',
    },
    {
      name: 'someone never assigned goes before someone assigned long ago',
      candidates: [candidate('a', { lastAssignedAt: at('2020-01-01T00:00:00Z') }), candidate('b')],
      expected: 'b',
    },
    {
      name: 'a full tie goes to the smallest id, so the choice is stable',
      candidates: [candidate('b'), candidate('a')],
      expected: 'a',
    },
  ];
  for (const row of table) {
    it(row.name, () => assert.equal(chooseOwner(row.candidates), row.expected));
  }

  it('does not depend on the order candidates arrive in', () => {
    const candidates = [
      candidate('x', { activeCaseCount: 2 }),
      candidate('y', { activeCaseCount: 1 }),
      candidate('z', { activeCaseCount: 1, lastAssignedAt: at('2026-01-01T00:00:00Z') }),
    ];
    const reversed = [...candidates].reverse();
    assert.equal(chooseOwner(candidates), 'y');
    assert.equal(chooseOwner(reversed), 'y');
  });
});

describe('stand-in owner when nobody is available', () => {
  it('is the least-loaded supervisor or admin, away or not; never an agent', () => {
    const candidates = [
      candidate('agent', { available: false, activeCaseCount: 0 }),
      candidate('lead', { role: 'supervisor', available: false, activeCaseCount: 4 }),
      candidate('boss', { role: 'admin', available: false, activeCaseCount: 2 }),
    ];
    assert.equal(chooseStandInOwner(candidates), 'boss');
    assert.equal(chooseStandInOwner(candidates.slice(0, 2)), 'lead');
  });
  it('is nobody when no supervisor or admin is active', () => {
    assert.equal(chooseStandInOwner([candidate('agent', { available: false })]), undefined);
  });
});
