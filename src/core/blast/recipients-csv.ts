// CSV is parsed with csv-parse (the node-csv project's parser: maintained since 2010, no
// dependencies, streaming and sync APIs) rather than by splitting on commas: a real export has
// quoted fields with commas and line breaks in them, doubled quotes, a byte-order mark from Excel,
// \r\n or \n endings — and csv-parse reports the line of a broken record, so we can name it.
import { type CsvError, parse } from 'csv-parse/sync';
import { AppError } from '../shared/app-error.ts';
import { type LineError, MAX_RECIPIENTS, type RecipientRow } from './recipient-rows.ts';

/** One record longer than this is broken (an unclosed quote swallowing the file), not a customer. */
const MAX_RECORD_CHARS = 10_000;

/** The columns a list may have; others are ignored. Header names are matched loosely (case, spaces). */
const COLUMNS = {
  email: 'email',
  name: 'name',
  external_id: 'externalId',
  touchpoint_ref: 'touchpointRef',
} as const;
type Column = keyof typeof COLUMNS;

/**
 * Reads a recipient list: a header line naming the columns (`email` required; `name`,
 * `external_id`, `touchpoint_ref` optional, in any order), then one customer per line. Blank
 * lines are skipped; a line that cannot be read (a stray or unclosed quote) is reported with its
 * number and the rest of the file is still read. Throws VALIDATION_FAILED when there is no
 * header with an email column, or more than MAX_RECIPIENTS rows.
 *
 * @example parseRecipientsCsv('email,name\nann@example.com,"Lee, Ann"\n')
 * // { rows: [{ line: 2, email: 'ann@example.com', name: 'Lee, Ann' }], errors: [] }
 */
export function parseRecipientsCsv(text: string): { rows: RecipientRow[]; errors: LineError[] } {
  const records: { fields: string[]; line: number }[] = [];
  const errors: LineError[] = [];
  let lastLine = 0;
  parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: true,
    on_record: (fields: string[], context) => {
      // context.lines is where the record ends; a quoted field may have carried it over several lines.
      const carried = fields.reduce((n, field) => n + (field.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
      records.push({ fields, line: context.lines - carried });
      lastLine = context.lines;
      return null;
    },
    on_skip: (error: CsvError | undefined) => {
      errors.push(unreadableLine(error, lastLine));
      return undefined;
    },
  });
  const [header, ...data] = records;
  const columns = header ? columnsOf(header.fields) : undefined;
  if (!header || !columns)
    throw new AppError(
      'VALIDATION_FAILED',
      'The first line of the CSV must name its columns, one of them "email" (others: name, external_id, touchpoint_ref), e.g. "email,name".',
      { field: 'csv' },
    );
  if (data.length > MAX_RECIPIENTS)
    throw new AppError(
      'VALIDATION_FAILED',
      `The CSV has ${data.length.toLocaleString('en')} rows; one blast takes at most ${MAX_RECIPIENTS.toLocaleString('en')}. Split the list into several files.`,
      { field: 'csv' },
    );
  const rows: RecipientRow[] = [];
  for (const record of data) {
    if (record.fields.every((field) => field.trim() === '')) continue;
    const row: RecipientRow = { line: record.line, email: '' };
    for (const [index, column] of columns) {
      const value = record.fields[index];
      if (value !== undefined) row[COLUMNS[column]] = value;
    }
    rows.push(row);
  }
  return { rows, errors };
}

/** Which field index holds which known column; undefined when there is no email column. */
function columnsOf(header: readonly string[]): [number, Column][] | undefined {
  const found: [number, Column][] = [];
  for (const [index, raw] of header.entries()) {
    const name = raw
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    if (name in COLUMNS && !found.some(([, column]) => column === name)) found.push([index, name as Column]);
  }
  return found.some(([, column]) => column === 'email') ? found : undefined;
}

function unreadableLine(error: CsvError | undefined, lastLine: number): LineError {
  const line = typeof error?.lines === 'number' ? error.lines : lastLine + 1;
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return {
        line: lastLine + 1,
        reason: 'a quoted field opens here and never closes, so nothing from here on could be read',
      };
    case 'CSV_MAX_RECORD_SIZE':
      return { line: lastLine + 1, reason: `the line is longer than ${MAX_RECORD_CHARS} characters` };
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return {
        line,
        reason: 'a quote (") sits inside a field: put the whole field in quotes and double the quote ("")',
      };
    default:
      return { line, reason: 'the line cannot be read as CSV' };
  }
}
