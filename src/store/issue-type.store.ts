import type { Selectable } from 'kysely';
import type { IssueType, KnockOnNeed, KnockOnNeedInput } from '../core/knock-on/issue-type.ts';
import type { Executor } from './db.ts';
import type { IssueTypeTable, KnockOnNeedTable } from './schema.ts';

function needRowToNeed(row: Selectable<KnockOnNeedTable>): KnockOnNeed {
  return {
    id: row.id,
    issueTypeId: row.issue_type_id,
    label: row.label,
    partnerName: row.partner_name ?? undefined,
    partnerContact: row.partner_contact ?? undefined,
    position: row.position,
  };
}

function typeRowToIssueType(row: Selectable<IssueTypeTable>, needs: KnockOnNeed[]): IssueType {
  return { id: row.id, name: row.name, archived: row.archived_at !== null, needs };
}

/** Every issue type with its live checklist: live types first, each by name. */
export async function listIssueTypes(db: Executor): Promise<IssueType[]> {
  const [types, needs] = await Promise.all([
    db
      .selectFrom('issue_types')
      .selectAll()
      .orderBy((eb) => eb('archived_at', 'is not', null))
      .orderBy('name')
      .execute(),
    db
      .selectFrom('knock_on_needs')
      .selectAll()
      .where('archived_at', 'is', null)
      .orderBy('issue_type_id')
      .orderBy('position')
      .execute(),
  ]);
  return types.map((row) =>
    typeRowToIssueType(row, needs.filter((need) => need.issue_type_id === row.id).map(needRowToNeed)),
  );
}

export async function findIssueType(db: Executor, id: string): Promise<IssueType | undefined> {
  const row = await db.selectFrom('issue_types').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const needs = await db
    .selectFrom('knock_on_needs')
    .selectAll()
    .where('issue_type_id', '=', id)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();
  return typeRowToIssueType(row, needs.map(needRowToNeed));
}

/** Locks the issue type's row (FOR UPDATE) so two saves of one checklist queue, not interleave. */
export async function lockIssueType(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('issue_types')
    .select('id')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  return row !== undefined;
}

/** Inserts an issue type; a live name already taken throws 23505. */
export async function insertIssueType(
  db: Executor,
  input: { name: string; archived: boolean },
  now: Date,
): Promise<string> {
  const row = await db
    .insertInto('issue_types')
    .values({ name: input.name, archived_at: input.archived ? now : null, created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Renames and archives or restores; an archived type keeps when it was archived. 23505 on a taken name. */
export async function updateIssueType(
  db: Executor,
  id: string,
  input: { name: string; archived: boolean },
  now: Date,
): Promise<void> {
  await db
    .updateTable('issue_types')
    .set((eb) => ({
      name: input.name,
      archived_at: input.archived ? eb.fn.coalesce('archived_at', eb.val(now)) : null,
      updated_at: now,
    }))
    .where('id', '=', id)
    .execute();
}

/** The ids of the issue type's live needs. */
export async function listLiveNeedIds(db: Executor, issueTypeId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('knock_on_needs')
    .select('id')
    .where('issue_type_id', '=', issueTypeId)
    .where('archived_at', 'is', null)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Makes the issue type's live checklist exactly `needs`, in that order: kept needs are updated, new
 * ones inserted, the rest archived (answers on cases still point at them). Ids must already be the
 * type's live needs (the caller checks).
 */
export async function replaceChecklist(
  db: Executor,
  issueTypeId: string,
  needs: readonly KnockOnNeedInput[],
  now: Date,
): Promise<void> {
  const kept = needs.flatMap((need) => (need.id ? [need.id] : []));
  let gone = db
    .updateTable('knock_on_needs')
    .set({ archived_at: now, updated_at: now })
    .where('issue_type_id', '=', issueTypeId)
    .where('archived_at', 'is', null);
  if (kept.length > 0) gone = gone.where('id', 'not in', kept);
  await gone.execute();
  for (const [position, need] of needs.entries()) {
    const columns = {
      label: need.label,
      partner_name: need.partnerName ?? null,
      partner_contact: need.partnerContact ?? null,
      position,
      updated_at: now,
    };
    if (need.id) await db.updateTable('knock_on_needs').set(columns).where('id', '=', need.id).execute();
    else
      await db
        .insertInto('knock_on_needs')
        .values({ ...columns, issue_type_id: issueTypeId, created_at: now })
        .execute();
  }
}

/** One need, live or archived. */
export async function findKnockOnNeed(
  db: Executor,
  id: string,
): Promise<(KnockOnNeed & { archived: boolean }) | undefined> {
  const row = await db.selectFrom('knock_on_needs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { ...needRowToNeed(row), archived: row.archived_at !== null } : undefined;
}

/** Needs by id, live or archived (a case's answered needs may have left the checklist since). */
export async function listKnockOnNeedsByIds(db: Executor, ids: readonly string[]): Promise<KnockOnNeed[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('knock_on_needs').selectAll().where('id', 'in', ids).execute();
  return rows.map(needRowToNeed);
}

export async function findCaseIssueTypeId(db: Executor, caseId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('cases')
    .select('issue_type_id')
    .where('id', '=', caseId)
    .executeTakeFirst();
  return row?.issue_type_id ?? undefined;
}

export async function setCaseIssueType(
  db: Executor,
  caseId: string,
  issueTypeId: string | undefined,
  now: Date,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({ issue_type_id: issueTypeId ?? null, updated_at: now })
    .where('id', '=', caseId)
    .execute();
}
