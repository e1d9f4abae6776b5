import { createHash } from 'node:crypto';
import { AppError } from '../shared/app-error.ts';
import type { Recipient } from './recipient-rows.ts';

/**
 * A list uploaded again within this time, for the same survey, is taken for a retry of the first
 * upload (a dropped connection, a double click), not a new send: nobody is asked twice in a day.
 */
export const SAME_LIST_WINDOW_MS = 24 * 3600_000;

/**
 * What makes two uploads the same list: the survey and the rows that may be mailed, as checked
 * (addresses trimmed and lower-cased, empty fields gone), in any order — a re-sorted or re-saved file
 * is the same list; line numbers, refused rows and the blast's name do not count.
 *
 * @example listHash(survey, [{ line: 2, email: 'ann@example.com', … }]) // '9b1c…' (sha-256, hex)
 */
export function listHash(surveyId: string, recipients: readonly Recipient[]): string {
  const rows = recipients
    .map((r) => [r.email, r.name ?? '', r.externalId ?? '', r.touchpointRef ?? ''])
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([surveyId, rows]))
    .digest('hex');
}

/** The blast that already took the same list, if any within SAME_LIST_WINDOW_MS. */
export type EarlierBlast = { id: string; name: string; createdAt: Date };

/** Refuses a list the same survey already took from `earlier` less than a day before `now`. */
export function assertNotSentBefore(earlier: EarlierBlast | undefined, now: Date): void {
  if (!earlier || now.getTime() - earlier.createdAt.getTime() >= SAME_LIST_WINDOW_MS) return;
  const minutes = Math.max(1, Math.round((now.getTime() - earlier.createdAt.getTime()) / 60_000));
  const ago = minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
  throw new AppError(
    'SAME_LIST_SENT',
    `This list was already sent with this survey ${ago} ago, as “${earlier.name}”: nobody is asked twice. Follow that blast on the Blasts page; a changed list, or the same one a day later, is sent as a new blast.`,
    { blastId: earlier.id },
  );
}
