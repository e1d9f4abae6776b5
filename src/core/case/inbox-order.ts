import { AppError } from '../shared/app-error.ts';
import { type CaseStatus, isCaseActive } from './case-status.ts';
import { SEVERITIES } from './severity.ts';

/**
 * How the inbox orders a view. `due`: the clock that breaks first (acknowledge, update or resolve:
 * cases.next_due_at), soonest — and most overdue — first, cases with no clock running last; the
 * default for a view of active cases only. `urgency`: the more severe first, then whoever has waited
 * longest (the rule of core/case/urgency.ts) — for active cases on request, and for any view that
 * mixes active and done ones, so a case still owed never sinks under finished ones. `finished`: the
 * most recently resolved or closed first — a view of done cases only.
 */
export const INBOX_ORDERS = ['due', 'urgency', 'finished'] as const;
export type InboxOrder = (typeof INBOX_ORDERS)[number];

/**
 * Where the next page starts: the sort key of the last case on the previous page. Instants are
 * PostgreSQL's own text (microseconds, UTC), not a Date, so a key never loses the precision that
 * tells two rows apart.
 */
export type InboxCursor =
  | { order: 'due'; nextDueAt: string | undefined; number: number }
  | { order: 'urgency'; severityRank: number; waitingSince: string; number: number }
  | { order: 'finished'; finishedAt: string; number: number };

/**
 * The order of a view of these statuses: the one asked for, else its default. Refused
 * (VALIDATION_FAILED, field query.order): an order that cannot serve the view — `due` or `urgency`
 * for done cases only, `due` or `finished` for a view that mixes active and done ones (done cases
 * have no clocks; active ones were never finished).
 */
export function resolveInboxOrder(statuses: readonly CaseStatus[], requested?: InboxOrder): InboxOrder {
  const active = statuses.filter(isCaseActive).length;
  const fallback = active === 0 ? 'finished' : active === statuses.length ? 'due' : 'urgency';
  if (requested === undefined || requested === fallback) return fallback;
  const allowed: InboxOrder[] =
    active === 0 ? ['finished'] : active === statuses.length ? ['due', 'urgency'] : ['urgency'];
  if (!allowed.includes(requested))
    throw new AppError(
      'VALIDATION_FAILED',
      `The order "${requested}" does not fit this status filter: use ${allowed.map((o) => `"${o}"`).join(' or ')} (due and urgency order active cases, finished orders resolved and closed ones).`,
      { field: 'query.order' },
    );
  return requested;
}

/**
 * The cursor as clients see it: opaque, base64url of the sort key.
 * @example encodeInboxCursor({ order: 'finished', finishedAt: '2026-12-06T13:00:00.123456Z', number: 1014 })
 * // → 'WyJmIiwiMjAyNi0xMi0wNlQxMzowMDowMC4xMjM0NTZaIiwxMDE0XQ'
 */
export function encodeInboxCursor(cursor: InboxCursor): string {
  const key =
    cursor.order === 'due'
      ? ['d', cursor.nextDueAt ?? null, cursor.number]
      : cursor.order === 'urgency'
        ? ['u', cursor.severityRank, cursor.waitingSince, cursor.number]
        : ['f', cursor.finishedAt, cursor.number];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

const BAD_CURSOR =
  'The cursor is not one this server gave out: pass the nextCursor of the previous page unchanged, or leave it out to start from the first page.';
const OTHER_VIEW =
  'The cursor belongs to a view in another order (by due clock, by urgency, or done cases): leave it out when the status filter or the order changes.';

/** Reads a client's cursor for a view in `order`; throws VALIDATION_FAILED (field query.cursor) otherwise. */
export function decodeInboxCursor(text: string, order: InboxOrder): InboxCursor {
  const cursor = parseCursor(text);
  if (!cursor) throw new AppError('VALIDATION_FAILED', BAD_CURSOR, { field: 'query.cursor' });
  if (cursor.order !== order) throw new AppError('VALIDATION_FAILED', OTHER_VIEW, { field: 'query.cursor' });
  return cursor;
}

function parseCursor(text: string): InboxCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(key)) return undefined;
  if (key[0] === 'd' && key.length === 3) {
    const [, due, number] = key;
    const nextDueAt = due === null ? undefined : parseInstant(due);
    if ((due !== null && !nextDueAt) || !isCaseNumber(number)) return undefined;
    return { order: 'due', nextDueAt, number };
  }
  if (key[0] === 'u' && key.length === 4) {
    const [, rank, waiting, number] = key;
    const waitingSince = parseInstant(waiting);
    const ranked = Number.isInteger(rank) && rank >= 0 && rank < SEVERITIES.length;
    if (!ranked || !waitingSince || !isCaseNumber(number)) return undefined;
    return { order: 'urgency', severityRank: rank, waitingSince, number };
  }
  if (key[0] === 'f' && key.length === 3) {
    const [, finished, number] = key;
    const at = parseInstant(finished);
    if (!at || !isCaseNumber(number)) return undefined;
    return { order: 'finished', finishedAt: at, number };
  }
  return undefined;
}

/** An instant as the store writes it into a key: 2026-12-06T13:00:00.123456Z. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/;

function parseInstant(value: unknown): string | undefined {
  if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
  return Number.isNaN(new Date(value).getTime()) ? undefined : value;
}

function isCaseNumber(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) > 0;
}
