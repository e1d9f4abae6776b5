import { sql } from 'kysely';
import type { FollowUpGap } from '../core/follow-up/follow-up-gap.ts';
import { RECOVERY_TOUCHPOINT, RECOVERY_TOUCHPOINT_REF } from '../core/follow-up/recovery-rating.ts';
import type { Executor } from './db.ts';

export type FollowUpRecord = {
  id: string;
  caseId: string;
  resolutionId: string;
  emailId: string | undefined;
  ratingRequestId: string | undefined;
  taskId: string | undefined;
  createdAt: Date;
};

type Row = {
  id: string;
  case_id: string;
  resolution_id: string;
  email_id: string | null;
  rating_request_id: string | null;
  task_id: string | null;
  created_at: Date;
};

function rowToFollowUp(row: Row): FollowUpRecord {
  return {
    id: row.id,
    caseId: row.case_id,
    resolutionId: row.resolution_id,
    emailId: row.email_id ?? undefined,
    ratingRequestId: row.rating_request_id ?? undefined,
    taskId: row.task_id ?? undefined,
    createdAt: row.created_at,
  };
}

/**
 * Claims the follow-up of one resolution, in the caller's transaction: the row, or undefined when
 * that resolution already has its follow-up (the unique resolution_id decides, whoever comes second
 * waits for the first's commit and then finds it taken). Nothing is sent without this claim.
 */
export async function claimFollowUp(
  db: Executor,
  input: { caseId: string; resolutionId: string; now: Date },
): Promise<FollowUpRecord | undefined> {
  const row = await db
    .insertInto('follow_ups')
    .values({
      case_id: input.caseId,
      resolution_id: input.resolutionId,
      email_id: null,
      rating_request_id: null,
      task_id: null,
      created_at: input.now,
    })
    .onConflict((oc) => oc.column('resolution_id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? rowToFollowUp(row) : undefined;
}

/** What the follow-up made: its email, rating request and call task. */
export async function completeFollowUp(
  db: Executor,
  id: string,
  made: { emailId: string | undefined; ratingRequestId: string | undefined; taskId: string },
): Promise<void> {
  await db
    .updateTable('follow_ups')
    .set({
      email_id: made.emailId ?? null,
      rating_request_id: made.ratingRequestId ?? null,
      task_id: made.taskId,
    })
    .where('id', '=', id)
    .execute();
}

export async function findFollowUpOf(
  db: Executor,
  resolutionId: string,
): Promise<FollowUpRecord | undefined> {
  const row = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('resolution_id', '=', resolutionId)
    .executeTakeFirst();
  return row ? rowToFollowUp(row) : undefined;
}

export async function findFollowUpByEmailId(
  db: Executor,
  emailId: string,
): Promise<FollowUpRecord | undefined> {
  const row = await db
    .selectFrom('follow_ups')
    .selectAll()
    .where('email_id', '=', emailId)
    .executeTakeFirst();
  return row ? rowToFollowUp(row) : undefined;
}

/**
 * Resolutions whose follow-up is missing (owed, due before `dueBefore`, none sent) or doubled (more
 * than one for one resolution — by its row, its recovery rating requests or its follow-up emails, so a
 * second one made any way shows). Both lists must be empty.
 */
export async function findFollowUpGaps(
  db: Executor,
  dueBefore: Date,
): Promise<{ missing: FollowUpGap[]; doubled: FollowUpGap[] }> {
  const { rows } = await sql<{
    case_id: string;
    case_number: number;
    case_title: string;
    owner_id: string;
    resolution_id: string;
    resolution_number: number;
    resolved_at: Date;
    follow_up_due_at: Date;
    cancelled: boolean;
    sent: number;
  }>`
    SELECT c.id AS case_id, c.number AS case_number, c.title AS case_title, c.owner_id,
           r.id AS resolution_id, r.number AS resolution_number, r.resolved_at, r.follow_up_due_at,
           r.follow_up_cancelled_at IS NOT NULL AS cancelled,
           GREATEST(
             (SELECT count(*) FROM follow_ups f WHERE f.resolution_id = r.id),
             (SELECT count(*) FROM rating_requests q
               WHERE q.case_id = r.case_id AND q.touchpoint_type = ${RECOVERY_TOUCHPOINT}
                 AND q.touchpoint_ref = replace(replace(${RECOVERY_TOUCHPOINT_REF}::text, '{case}', c.number::text),
                                                '{resolution}', r.number::text)),
             (SELECT count(*) FROM outbound_emails e
               WHERE e.case_id = r.case_id AND e.kind = 'follow-up'
                 AND e.intent_key LIKE 'follow-up:' || r.id || '%')
           )::int AS sent
    FROM case_resolutions r
    JOIN cases c ON c.id = r.case_id
    WHERE (r.follow_up_cancelled_at IS NULL AND r.follow_up_due_at < ${dueBefore})
       OR EXISTS (SELECT 1 FROM follow_ups f WHERE f.resolution_id = r.id)
       OR EXISTS (SELECT 1 FROM rating_requests q WHERE q.case_id = r.case_id AND q.touchpoint_type = ${RECOVERY_TOUCHPOINT})
    ORDER BY r.follow_up_due_at, c.number
  `.execute(db);
  const gaps = rows.map((row) => ({
    gap: {
      caseId: row.case_id,
      caseNumber: row.case_number,
      caseTitle: row.case_title,
      ownerId: row.owner_id,
      resolutionId: row.resolution_id,
      resolutionNumber: row.resolution_number,
      resolvedAt: row.resolved_at,
      followUpDueAt: row.follow_up_due_at,
      sent: row.sent,
    },
    owed: !row.cancelled && row.follow_up_due_at < dueBefore,
  }));
  return {
    missing: gaps.filter((g) => g.owed && g.gap.sent === 0).map((g) => g.gap),
    doubled: gaps.filter((g) => g.gap.sent > 1).map((g) => g.gap),
  };
}
