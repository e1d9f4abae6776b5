import { amendsPhrase } from '../../core/amends/amends-words.ts';
import type { Case } from '../../core/case/case.ts';
import type { CaseEvent } from '../../core/case/case-event.ts';
import { verifyStatusToken } from '../../core/case/case-links.ts';
import type { CaseStatus } from '../../core/case/case-status.ts';
import type { CasePromise } from '../../core/promise/promise.ts';
import { firstNameOf } from '../../core/team/user.ts';
import { customerTimeZone } from '../../core/time/customer-time.ts';
import { findBusinessHours } from '../../store/business-hours.store.ts';
import { findCaseByStatusKey } from '../../store/case.store.ts';
import { listCaseMessagesNewestFirst } from '../../store/case-event.store.ts';
import { findCustomerById } from '../../store/customer.store.ts';
import { listCasePromises } from '../../store/promise.store.ts';
import { findUserById } from '../../store/user.store.ts';
import { listCaseAmends } from '../amends/list-case-amends.ts';
import type { AppContext } from '../context.ts';
import { brandForCustomers } from '../settings/brand.ts';

/**
 * The most messages one status page shows: a long conversation stays readable on a phone and cheap
 * to render; the customer has every message by email too.
 */
export const MAX_STATUS_PAGE_MESSAGES = 200;

/**
 * One message as the customer sees it: the words, when, and who wrote them — the customer, or one of
 * us by first name (whoever wrote it, which is not always today's owner; undefined when Amends did).
 */
export type StatusPageMessage = { id: number; body: string; at: Date } & (
  | { from: 'customer' }
  | { from: 'us'; authorFirstName: string | undefined }
);

/** What the customer's status page shows, and nothing more: no note or internal event is read. */
export type StatusPageView = {
  caseId: string;
  number: number;
  title: string;
  story: string;
  openedAt: Date;
  status: CaseStatus;
  /** "Maya": the owner as the customer calls them. */
  ownerFirstName: string;
  /**
   * The brand's business name: who a message no person wrote (the holding message Amends sends when
   * an update is due) is from, as the customer knows the business.
   */
  businessName: string;
  /** Newest first, at most MAX_STATUS_PAGE_MESSAGES. */
  messages: StatusPageMessage[];
  /** True when older messages than those shown exist. */
  olderOmitted: boolean;
  /** The open promises the customer may see, soonest due first. */
  promises: StatusPagePromise[];
  /** What we did to make it right, issued gestures only, in words (core/amends/amends-words.ts). */
  amends: string[];
  /** The zone promise dates are said in: the customer's when known (as for the next update), else the business's. */
  timeZone: string;
  /** When it was read: promise dates name their year only when it is not this one. */
  readAt: Date;
  /**
   * When the customer will hear from us next: the update clock (the acknowledge clock while the case
   * is open), in their time zone when we know it, else the business's; undefined when none runs.
   */
  nextUpdate: NextUpdate | undefined;
};

export type NextUpdate = {
  at: Date;
  /** The IANA zone to say it in; `ownZone`: the customer's own, not the business's. */
  zone: string;
  ownZone: boolean;
  /** Already past: we owe them news now. */
  overdue: boolean;
};

/** A promise as the customer sees it: what, by when, how sure. */
export type StatusPagePromise = Pick<CasePromise, 'id' | 'what' | 'dueAt' | 'confidence'>;

export type StatusPageOpening = { state: 'invalid' } | { state: 'open'; view: StatusPageView };

/**
 * Opening a case's status link (`/s/<key>.<signature>`) changes nothing. A malformed or altered token
 * is refused before any database work; a revoked or unknown key reads the same as a bad signature,
 * so the answer never says whether a case exists.
 */
export async function openStatusPage(ctx: AppContext, token: string): Promise<StatusPageOpening> {
  const statusKey = verifyStatusToken(ctx.linkSecret, token);
  if (!statusKey) return { state: 'invalid' };
  const found = await findCaseByStatusKey(ctx.db, statusKey);
  if (!found) return { state: 'invalid' };
  const [owner, events, promises, hours, nextUpdate, amends, brand] = await Promise.all([
    findUserById(ctx.db, found.ownerId),
    listCaseMessagesNewestFirst(ctx.db, found.id, MAX_STATUS_PAGE_MESSAGES + 1),
    listCasePromises(ctx.db, found.id, { state: 'open', customerVisible: true }),
    findBusinessHours(ctx.db, found.teamId),
    findNextUpdate(ctx, found),
    listCaseAmends(ctx, found.id),
    brandForCustomers(ctx),
  ]);
  if (!owner) throw new Error(`case ${found.id} points at a missing owner`);
  const shown = events.slice(0, MAX_STATUS_PAGE_MESSAGES);
  const authors = await findFirstNames(ctx, shown);
  return {
    state: 'open',
    view: {
      caseId: found.id,
      number: found.number,
      title: found.title,
      story: found.story,
      openedAt: found.openedAt,
      status: found.status,
      ownerFirstName: firstNameOf(owner.name),
      businessName: brand.businessName,
      messages: shown.map((event) => {
        const message = { id: event.id, body: event.body ?? '', at: event.at };
        return event.kind === 'message_in'
          ? { ...message, from: 'customer' as const }
          : {
              ...message,
              from: 'us' as const,
              authorFirstName: event.actorUserId ? authors.get(event.actorUserId) : undefined,
            };
      }),
      olderOmitted: events.length > MAX_STATUS_PAGE_MESSAGES,
      promises: promises
        .map(({ id, what, dueAt, confidence }) => ({ id, what, dueAt, confidence }))
        .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime()),
      timeZone: nextUpdate?.zone ?? hours.timeZone,
      amends: amends.map(amendsPhrase),
      readAt: ctx.now(),
      nextUpdate,
    },
  };
}

/** The first names of the people who wrote these messages (usually one or two), by user id. */
async function findFirstNames(ctx: AppContext, events: CaseEvent[]): Promise<Map<string, string>> {
  const ids = [...new Set(events.flatMap((event) => (event.actorUserId ? [event.actorUserId] : [])))];
  const users = await Promise.all(ids.map((id) => findUserById(ctx.db, id)));
  return new Map(users.flatMap((user) => (user ? [[user.id, firstNameOf(user.name)] as const] : [])));
}

/** The next word the customer is owed, and the zone to name it in (core/time/customer-time.ts). */
async function findNextUpdate(ctx: AppContext, found: Case): Promise<NextUpdate | undefined> {
  const at = found.clocks.updateDueAt ?? found.clocks.acknowledgeDueAt;
  if (!at) return undefined;
  const [customer, hours] = await Promise.all([
    findCustomerById(ctx.db, found.customerId),
    findBusinessHours(ctx.db, found.teamId),
  ]);
  const { zone, own } = customerTimeZone(customer?.attributes ?? {}, hours.timeZone);
  return { at, zone, ownZone: own, overdue: at.getTime() <= ctx.now().getTime() };
}
