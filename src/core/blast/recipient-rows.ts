import { isEmailAddress } from '../mail/email-address.ts';
import { cutText } from '../mail/email-text.ts';
import { normalizeEmail } from '../team/user.ts';

/** The largest CSV upload: 20,000 rows of a few columns fit well within it. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;
/** The most rows one blast takes; a bigger list is split into several blasts. */
export const MAX_RECIPIENTS = 20_000;
/** Longest name, external id or touchpoint reference a row may carry. */
export const MAX_FIELD_LENGTH = 200;

/** One row of a list as given: only the email is required. */
export type RecipientRow = {
  /** CSV: the line in the file (the header is line 1). JSON: the recipient's position, from 1. */
  line: number;
  email: string;
  name?: string | undefined;
  externalId?: string | undefined;
  touchpointRef?: string | undefined;
};

/** A row that may be mailed: trimmed, the address lower-cased, empty fields gone. */
export type Recipient = {
  line: number;
  email: string;
  name: string | undefined;
  externalId: string | undefined;
  touchpointRef: string | undefined;
};

/** Why a row was refused, said so the person can fix that line. */
export type LineError = { line: number; reason: string };

/**
 * Sorts a list into the rows that may be mailed and the rows refused, each with its reason: no
 * email, an address we would not mail (see isEmailAddress), an address already on an earlier line
 * (mailed once), a field longer than MAX_FIELD_LENGTH. Pure: suppression and customer conflicts are
 * decided later, against the database.
 *
 * @example checkRecipientRows([{ line: 2, email: 'Ann@Example.com ' }, { line: 3, email: 'ann@example.com' }])
 * // { recipients: [{ line: 2, email: 'ann@example.com', … }],
 * //   errors: [{ line: 3, reason: 'ann@example.com is already on line 2: each address is mailed once' }] }
 */
export function checkRecipientRows(rows: readonly RecipientRow[]): {
  recipients: Recipient[];
  errors: LineError[];
} {
  const recipients: Recipient[] = [];
  const errors: LineError[] = [];
  const firstLineOf = new Map<string, number>();
  for (const row of rows) {
    const reason = problemOf(row, firstLineOf);
    if (reason) {
      errors.push({ line: row.line, reason });
      continue;
    }
    const email = normalizeEmail(row.email);
    firstLineOf.set(email, row.line);
    recipients.push({
      line: row.line,
      email,
      name: present(row.name),
      externalId: present(row.externalId),
      touchpointRef: present(row.touchpointRef),
    });
  }
  return { recipients, errors };
}

function problemOf(row: RecipientRow, firstLineOf: ReadonlyMap<string, number>): string | undefined {
  const email = normalizeEmail(row.email);
  if (email === '') return 'no email address';
  if (!isEmailAddress(email)) return `${quoted(row.email.trim())} is not an email address we can send to`;
  const earlier = firstLineOf.get(email);
  if (earlier !== undefined) return `${email} is already on line ${earlier}: each address is mailed once`;
  for (const [field, label] of [
    ['name', 'the name'],
    ['externalId', 'the external id'],
    ['touchpointRef', 'the touchpoint reference'],
  ] as const) {
    const value = row[field]?.trim() ?? '';
    if (value.length > MAX_FIELD_LENGTH)
      return `${label} is ${value.length} characters long; at most ${MAX_FIELD_LENGTH} fit`;
  }
  return undefined;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** A value shown back in an error, cut short and quoted so its ends are visible. */
function quoted(value: string): string {
  return JSON.stringify(cutText(value, 81));
}
