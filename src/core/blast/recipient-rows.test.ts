import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkRecipientRows, MAX_FIELD_LENGTH } from './recipient-rows.ts';

describe('recipient row rules', () => {
  const cases: { row: { email: string; name?: string; externalId?: string }; refused?: RegExp }[] = [
    { row: { email: 'ann@example.com' } },
    { row: { email: '  Ann.Lee+orders@Example.CO.uk ' } },
    { row: { email: '' }, refused: /^no email address$/ },
    { row: { email: '   ' }, refused: /^no email address$/ },
    { row: { email: 'ann' }, refused: /"ann" is not an email address/ },
    { row: { email: 'ann@localhost' }, refused: /not an email address/ },
    { row: { email: 'ann@exa mple.com' }, refused: /not an email address/ },
    { row: { email: 'ann@example.com, eve@evil.test' }, refused: /not an email address/ },
    { row: { email: 'Ann <ann@example.com>' }, refused: /not an email address/ },
    { row: { email: 'ann@example.com\r\nBcc: eve@evil.test' }, refused: /not an email address/ },
    { row: { email: '.ann@example.com' }, refused: /not an email address/ },
    { row: { email: 'ann..lee@example.com' }, refused: /not an email address/ },
    { row: { email: `${'a'.repeat(65)}@example.com` }, refused: /not an email address/ },
    { row: { email: 'ann@example.com', name: 'x'.repeat(MAX_FIELD_LENGTH) } },
    {
      row: { email: 'ann@example.com', name: 'x'.repeat(MAX_FIELD_LENGTH + 1) },
      refused: /the name is 201 characters long; at most 200 fit/,
    },
    {
      row: { email: 'ann@example.com', externalId: 'x'.repeat(MAX_FIELD_LENGTH + 1) },
      refused: /the external id/,
    },
  ];
  for (const { row, refused } of cases) {
    it(`${refused ? 'refuses' : 'accepts'} ${JSON.stringify(row).slice(0, 70)}`, () => {
      const { recipients, errors } = checkRecipientRows([{ line: 7, ...row }]);
      if (refused) {
        assert.equal(recipients.length, 0);
        assert.equal(errors[0]?.line, 7);
        assert.match(errors[0]?.reason ?? '', refused);
      } else {
        assert.deepEqual(errors, []);
        assert.equal(recipients[0]?.email, row.email.trim().toLowerCase());
      }
    });
  }

  it('mails an address once, naming the line it first appeared on', () => {
    const { recipients, errors } = checkRecipientRows([
      { line: 2, email: 'Ann@Example.com' },
      { line: 3, email: 'bob@example.com' },
      { line: 4, email: 'ann@example.com ' },
    ]);
    assert.deepEqual(
      recipients.map((r) => r.line),
      [2, 3],
    );
    assert.deepEqual(errors, [
      { line: 4, reason: 'ann@example.com is already on line 2: each address is mailed once' },
    ]);
  });

  it('trims fields and drops empty ones', () => {
    const { recipients } = checkRecipientRows([
      { line: 2, email: 'ann@example.com', name: ' Ann ', externalId: '', touchpointRef: '  ' },
    ]);
    assert.deepEqual(recipients, [
      { line: 2, email: 'ann@example.com', name: 'Ann', externalId: undefined, touchpointRef: undefined },
    ]);
  });
});
