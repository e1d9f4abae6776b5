import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type IssueTypeInput,
  issueTypeProblem,
  NEEDS_PER_ISSUE_TYPE_MAX,
  normalizeIssueTypeInput,
} from './issue-type.ts';

const ok: IssueTypeInput = {
  name: 'Flooded basement',
  archived: false,
  needs: [
    { label: 'Water damage restoration', partnerName: 'DryFast', partnerContact: '+1 555 0100' },
    { label: 'An insurance letter' },
  ],
};

describe('an issue type and its checklist as an admin saves it', () => {
  it('accepts a named type with labelled needs, partners optional', () => {
    assert.equal(issueTypeProblem(ok), undefined);
    assert.equal(issueTypeProblem({ ...ok, needs: [] }), undefined, 'an empty checklist is allowed');
  });

  const cases: [string, IssueTypeInput, string][] = [
    ['no name', { ...ok, name: '' }, 'name'],
    ['a name too long', { ...ok, name: 'x'.repeat(81) }, 'name'],
    ['a blank need', { ...ok, needs: [{ label: 'A' }, { label: '' }] }, 'needs.1.label'],
    [
      'the same need twice, whatever the case',
      { ...ok, needs: [{ label: 'Heat' }, { label: 'heat' }] },
      'needs.1.label',
    ],
    [
      'a contact with no partner',
      { ...ok, needs: [{ label: 'A', partnerContact: '555' }] },
      'needs.0.partnerName',
    ],
    [
      'one need listed twice by id',
      {
        ...ok,
        needs: [
          { id: 'n1', label: 'A' },
          { id: 'n1', label: 'B' },
        ],
      },
      'needs.1.id',
    ],
    [
      'more needs than one call can ask',
      { ...ok, needs: Array.from({ length: NEEDS_PER_ISSUE_TYPE_MAX + 1 }, (_, i) => ({ label: `N${i}` })) },
      'needs',
    ],
  ];
  for (const [what, input, field] of cases)
    it(`refuses ${what}, naming ${field}`, () => {
      const problem = issueTypeProblem(input);
      assert.equal(problem?.field, field);
      assert.ok(problem?.message.startsWith(`${field}:`), problem?.message);
    });

  it('trims text and reads a blank partner as none', () => {
    assert.deepEqual(
      normalizeIssueTypeInput({
        name: '  Flooded basement ',
        archived: false,
        needs: [{ id: 'n1', label: ' Heating ', partnerName: '  ', partnerContact: '' }],
      }),
      {
        name: 'Flooded basement',
        archived: false,
        needs: [{ id: 'n1', label: 'Heating', partnerName: undefined, partnerContact: undefined }],
      },
    );
  });
});
