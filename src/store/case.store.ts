import { sql } from 'kysely';
import type { Case } from '../core/case/case.ts';
import type { CaseStatus } from '../core/case/case-status.ts';
import type { Channel } from '../core/case/channel.ts';
import type { Severity } from '../core/case/severity.ts';
import { type Executor, lockNamed } from './db.ts';
import type { CaseRow } from './schema.ts';

export function caseRowToCase(row: CaseRow): Case {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    teamId: row.team_id ?? undefined,
    title: row.title,
    story: row.story,
    severity: row.severity,
    channel: row.channel as Channel,
    status: row.status,
    ownerId: row.owner_id,
    handoffCount: row.handoff_count,
    reopenCount: row.reopen_count,
    createdBy: row.created_by ?? undefined,
    touchpoint:
      row.touchpoint_type && row.touchpoint_ref
        ? { type: row.touchpoint_type, ref: row.touchpoint_ref }
        : undefined,
    openedAt: row.opened_at,
    waitingSince: row.waiting_since,
    acknowledgedAt: row.acknowledged_at ?? undefined,
    resolvedAt: row.resolved_at ?? undefined,
    closedAt: row.closed_at ?? undefined,
    updatedAt: row.updated_at,
    storyAwaitsCustomer: row.story_awaits_customer,
    ownerSeenAt: row.owner_seen_at ?? undefined,
    statusKey: row.status_key,
    replyKey: row.reply_key,
    unansweredSince: row.unanswered_since ?? undefined,
    lastMessageOutAt: row.last_message_out_at ?? undefined,
    reopenedAt: row.reopened_at ?? undefined,
    clocks: {
      acknowledgeDueAt: row.acknowledge_due_at ?? undefined,
      updateDueAt: row.update_due_at ?? undefined,
      resolveDueAt: row.resolve_due_at ?? undefined,
    },
  };
}

export async function insertCase(
  db: Executor,
  fields: {
    customerId: string;
    teamId: string | undefined;
    title: string;
    story: string;
    severity: Severity;
    channel: Channel;
    ownerId: string;
    createdBy: string | undefined;
    touchpoint?: { type: string; ref: string } | undefined;
    storyAwaitsCustomer?: boolean | undefined;
    now: Date;
  },
): Promise<Case> {
  const row = await db
    .insertInto('cases')
    .values({
      customer_id: fields.customerId,
      team_id: fields.teamId ?? null,
      title: fields.title,
      story: fields.story,
      severity: fields.severity,
      channel: fields.channel,
      status: 'open',
      owner_id: fields.ownerId,
      created_by: fields.createdBy ?? null,
      touchpoint_type: fields.touchpoint?.type ?? null,
      touchpoint_ref: fields.touchpoint?.ref ?? null,
      opened_at: fields.now,
      waiting_since: fields.now,
      updated_at: fields.now,
      acknowledged_at: null,
      resolved_at: null,
      closed_at: null,
      story_awaits_customer: fields.storyAwaitsCustomer ?? false,
      // Whoever opens a case for themselves has seen it; anyone else's new case waits for its owner.
      owner_seen_at: fields.createdBy === fields.ownerId ? fields.now : null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return caseRowToCase(row);
}

export async function findCaseById(db: Executor, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/** The case a path names: its id (a UUID) or its number (1014), as people say it on the phone. */
export async function findCaseByIdOrNumber(db: Executor, idOrNumber: string): Promise<Case | undefined> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .$call((query) =>
      /^\d+$/.test(idOrNumber)
        ? query.where('number', '=', Number(idOrNumber))
        : query.where('id', '=', idOrNumber),
    )
    .executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/** The case whose status page a key names; undefined when none does (never issued, or replaced). */
export async function findCaseByStatusKey(db: Executor, statusKey: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('status_key', '=', statusKey).executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/** As findCaseByStatusKey, locked (FOR UPDATE): a reply cannot land through a link being replaced. */
export async function lockCaseByStatusKey(db: Executor, statusKey: string): Promise<Case | undefined> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('status_key', '=', statusKey)
    .forUpdate()
    .executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/**
 * Gives the case a new status key from the column's own default (fresh random bits, the same rule
 * every case got its first from), so the old link stops working; answers the new key.
 */
export async function replaceStatusKey(db: Executor, id: string, now: Date): Promise<string> {
  const row = await db
    .updateTable('cases')
    .set({ status_key: sql<string>`DEFAULT`, updated_at: now })
    .where('id', '=', id)
    .returning('status_key')
    .executeTakeFirstOrThrow();
  return row.status_key;
}

/** Locks the case row (FOR UPDATE) for a change; undefined when it does not exist. */
export async function lockCaseById(db: Executor, id: string): Promise<Case | undefined> {
  const row = await db.selectFrom('cases').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/**
 * Locks several cases (FOR UPDATE) in the order of their ids, so two transactions locking
 * overlapping sets never wait on each other in a circle. Absent ids are left out.
 */
export async function lockCasesByIds(db: Executor, ids: readonly string[]): Promise<Map<string, Case>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', 'in', [...new Set(ids)])
    .orderBy('id')
    .forUpdate()
    .execute();
  return new Map(rows.map((row) => [row.id, caseRowToCase(row)]));
}

export async function updateCaseOwner(db: Executor, id: string, ownerId: string, now: Date): Promise<void> {
  await db
    .updateTable('cases')
    // New to its new owner: unseen until they open it.
    .set((eb) => ({
      owner_id: ownerId,
      handoff_count: eb('handoff_count', '+', 1),
      updated_at: now,
      owner_seen_at: null,
    }))
    .where('id', '=', id)
    .execute();
}

export async function updateCaseStatus(
  db: Executor,
  id: string,
  change: {
    status: CaseStatus;
    isReopen: boolean;
    acknowledgedAt?: Date;
    resolvedAt?: Date;
    closedAt?: Date;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('cases')
    .set((eb) => ({
      status: change.status,
      updated_at: change.now,
      ...(change.acknowledgedAt && { acknowledged_at: change.acknowledgedAt }),
      ...(change.resolvedAt && { resolved_at: change.resolvedAt }),
      ...(change.closedAt && { closed_at: change.closedAt }),
      // A reopened case is unfinished again: it waits from now, and it counts.
      ...(change.isReopen && {
        reopen_count: eb('reopen_count', '+', 1),
        waiting_since: change.now,
        reopened_at: change.now,
        resolved_at: null,
        closed_at: null,
      }),
    }))
    .where('id', '=', id)
    .execute();
}

/** The customer's words become the story, in place of the placeholder (the timeline tells the change). */
export async function updateCaseStory(db: Executor, id: string, story: string, now: Date): Promise<void> {
  await db
    .updateTable('cases')
    .set({ story, story_awaits_customer: false, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** The owner has seen the case; true when this call was the first to say so. */
export async function markCaseSeenByOwner(
  db: Executor,
  id: string,
  ownerId: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('cases')
    .set({ owner_seen_at: now })
    .where('id', '=', id)
    .where('owner_id', '=', ownerId)
    .where('owner_seen_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The owner's active cases they have not opened yet, newest first: their "New case for you" alerts. */
export async function listUnseenCases(db: Executor, ownerId: string, limit: number): Promise<Case[]> {
  const rows = await db
    .selectFrom('cases')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .where('owner_seen_at', 'is', null)
    .where('status', 'in', ['open', 'acknowledged'])
    .orderBy('opened_at', 'desc')
    .orderBy('number', 'desc')
    .limit(limit)
    .execute();
  return rows.map(caseRowToCase);
}

/** How many open or acknowledged cases a person owns. */
export async function countActiveCasesOwnedBy(db: Executor, ownerId: string): Promise<number> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('owner_id', '=', ownerId)
    .where('status', 'in', ['open', 'acknowledged'])
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function touchCase(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('cases').set({ updated_at: now }).where('id', '=', id).execute();
}

/** The advisory lock's key for one customer's touchpoint (hashed by PostgreSQL's hashtext). */
export function touchpointLockKey(customerId: string, touchpoint: { type: string; ref: string }): string {
  return `touchpoint:${customerId}:${touchpoint.type}:${touchpoint.ref}`;
}

/** The customer's active case about this touchpoint, if any (locked): feedback attaches to it. */
export async function lockActiveCaseForTouchpoint(
  db: Executor,
  customerId: string,
  touchpoint: { type: string; ref: string },
): Promise<Case | undefined> {
  // FOR UPDATE on no row locks nothing: two checks for one touchpoint (two rating requests about the
  // same order) would both find no case and both open one. The touchpoint itself is locked first,
  // so the second waits for the first to commit and then finds its case.
  await lockNamed(db, touchpointLockKey(customerId, touchpoint));
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('touchpoint_type', '=', touchpoint.type)
    .where('touchpoint_ref', '=', touchpoint.ref)
    .where('status', 'in', ['open', 'acknowledged'])
    .orderBy('opened_at', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  return row ? caseRowToCase(row) : undefined;
}

/** What a message in either direction changes on its case: the unanswered wait, the last word to the customer. */
/**
 * updateCaseConversation for several cases at once (one statement): each its own wait for an answer;
 * the customer wrote to each, so each is unseen by its owner again.
 */
export async function updateCasesAfterCustomerMessages(
  db: Executor,
  changes: readonly { id: string; unansweredSince: Date | undefined }[],
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  await sql`
    UPDATE cases SET unanswered_since = change.unanswered_since, owner_seen_at = NULL, updated_at = ${now}
    FROM unnest(${changes.map((c) => c.id)}::uuid[],
                ${changes.map((c) => c.unansweredSince?.toISOString() ?? null)}::timestamptz[])
      AS change(id, unanswered_since)
    WHERE cases.id = change.id
  `.execute(db);
}

export async function updateCaseConversation(
  db: Executor,
  id: string,
  change: {
    unansweredSince: Date | undefined;
    lastMessageOutAt?: Date | undefined;
    /** The customer wrote: the owner has not seen it, so their console alerts them until they open the case. */
    newToOwner?: boolean;
    now: Date;
  },
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      unanswered_since: change.unansweredSince ?? null,
      ...(change.lastMessageOutAt && { last_message_out_at: change.lastMessageOutAt }),
      ...(change.newToOwner && { owner_seen_at: null }),
      updated_at: change.now,
    })
    .where('id', '=', id)
    .execute();
}

/** The case a late reply opened names the resolved case it follows. */
export async function linkFollowingCase(db: Executor, caseId: string, followsCaseId: string): Promise<void> {
  await db.updateTable('cases').set({ follows_case_id: followsCaseId }).where('id', '=', caseId).execute();
}
