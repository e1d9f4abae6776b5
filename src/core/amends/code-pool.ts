import { parse } from 'csv-parse/sync';

/** At most this many codes per upload: a pool is refilled, not loaded with a database. */
export const MAX_CODES_PER_UPLOAD = 50_000;

/**
 * The codes in an upload: one a line, or a CSV whose first column is the code (a header named
 * "code" is skipped). Blank lines and repeats within the upload are dropped; a code is 1–200
 * printable characters without spaces.
 */
export function parseCodeLines(
  text: string,
): { kind: 'codes'; codes: string[] } | { kind: 'problem'; reason: string } {
  let rows: string[][];
  try {
    rows = parse(text, {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
    }) as string[][];
  } catch (error) {
    return {
      kind: 'problem',
      reason: `text: the codes could not be read as lines or CSV (${(error as Error).message}).`,
    };
  }
  const codes: string[] = [];
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const code = (row[0] ?? '').trim();
    if (code === '') continue;
    if (index === 0 && code.toLowerCase() === 'code') continue;
    if (!/^[\x21-\x7e]{1,200}$/.test(code))
      return {
        kind: 'problem',
        reason: `text: line ${index + 1} is not a code (1–200 printable characters, no spaces).`,
      };
    if (seen.has(code)) continue;
    seen.add(code);
    codes.push(code);
  }
  if (codes.length === 0)
    return { kind: 'problem', reason: 'text: no codes in it; put one code on each line.' };
  if (codes.length > MAX_CODES_PER_UPLOAD)
    return { kind: 'problem', reason: `text: at most ${MAX_CODES_PER_UPLOAD} codes per upload.` };
  return { kind: 'codes', codes };
}
