import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../shared/app-error.ts';
import { MAX_RECIPIENTS } from './recipient-rows.ts';
import { parseRecipientsCsv } from './recipients-csv.ts';

describe('reading a recipient CSV', () => {
  it('reads the known columns in any order, by loosely matched header names, ignoring others', () => {
    const csv =
      'Name,Order Total,E-mail,External ID,touchpoint_ref\r\n"Lee, Ann",12.50,ann@example.com,C-1,order-9\r\n';
    assert.throws(() => parseRecipientsCsv(csv), AppError, 'E-mail is not "email"');
    const { rows, errors } = parseRecipientsCsv(csv.replace('E-mail', 'Email'));
    assert.deepEqual(errors, []);
    assert.deepEqual(rows, [
      { line: 2, email: 'ann@example.com', name: 'Lee, Ann', externalId: 'C-1', touchpointRef: 'order-9' },
    ]);
  });

  it('numbers lines as a spreadsheet shows them: blank lines and multi-line fields counted, a BOM ignored', () => {
    const csv = '\ufeffemail,name\n\nann@example.com,"Ann\nLee"\r\nbob@example.com,Bob\n,\n';
    const { rows } = parseRecipientsCsv(csv);
    assert.deepEqual(
      rows.map((r) => [r.line, r.email, r.name]),
      [
        [3, 'ann@example.com', 'Ann\nLee'],
        [5, 'bob@example.com', 'Bob'],
      ],
    );
  });

  it('reports a line with a stray quote by its number and goes on reading the next lines', () => {
    const csv = 'email,name\nann@example.com,Ann\nbob@example.com,Bo"b\ncy@example.com,Cy\n';
    const { rows, errors } = parseRecipientsCsv(csv);
    assert.deepEqual(
      rows.map((r) => r.line),
      [2, 4],
    );
    assert.equal(errors.length, 1);
    assert.equal(errors[0]?.line, 3);
    assert.match(errors[0]?.reason ?? '', /quote/);
  });

  it('reports the line where a quoted field opens and never closes', () => {
    const csv = 'email,name\nann@example.com,Ann\nbob@example.com,"Bob\ncy@example.com,Cy\n';
    const { rows, errors } = parseRecipientsCsv(csv);
    assert.deepEqual(
      rows.map((r) => r.line),
      [2],
    );
    assert.deepEqual(
      errors.map((e) => e.line),
      [3],
    );
    assert.match(errors[0]?.reason ?? '', /never closes/);
  });

  it('keeps short rows (a missing column is an empty field) for the row rules to judge', () => {
    const { rows } = parseRecipientsCsv('name,email\nAnn\n');
    assert.deepEqual(rows, [{ line: 2, email: '', name: 'Ann' }]);
  });

  it('refuses a file without a header naming the email column, or with too many rows', () => {
    for (const csv of ['', 'ann@example.com,Ann\n', 'name,phone\nAnn,123\n']) {
      assert.throws(
        () => parseRecipientsCsv(csv),
        (error: unknown) => error instanceof AppError && /must name its columns/.test(error.message),
      );
    }
    const big = `email\n${'a@example.com\n'.repeat(MAX_RECIPIENTS + 1)}`;
    assert.throws(
      () => parseRecipientsCsv(big),
      (error: unknown) => error instanceof AppError && /at most 20,000/.test(error.message),
    );
  });
});
