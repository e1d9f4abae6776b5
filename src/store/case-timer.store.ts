import type { Selectable } from 'kysely';
import { sql } from 'kysely';
import type { CaseClocks } from '../core/case/case-clocks.ts';
import type { CaseTimer, TimerKind, TimerSchedule } from '../core/timer/case-timer.ts';
import type { Executor } from './db.ts';
import type { CaseTimerTable } from './schema.ts';

/** The graphile-worker task that fires a case timer; its job key is `case-timer:<timer id>`. */
export const FIRE_CASE_TIMER = 'fire-case-timer';

const NO_SUBJECT = '00000000-0000-0000-0000-000000000000';

function rowToTimer(row: Selectable<CaseTimerTable>): CaseTimer {
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind as TimerKind,
    subjectId: row.subject_id ?? undefined,
    dueAt: row.due_at,
    firedAt: row.fired_at ?? undefined,
  };
}

/**
 * Schedules timers by key (case, kind, subject), in the caller's transaction: a new key is a new
 * timer; a known key moves to the new due time and may fire again (a timer already fired at the same
 * due time stays fired, so scheduling twice never fires twice). Each unfired timer's job runs at its
 * due time; moving a timer moves its job (graphile-worker's job key, replaced).
 */
export async function scheduleCaseTimers(
  db: Executor,
  schedules: readonly TimerSchedule[],
): Promise<CaseTimer[]> {
  if (schedules.length === 0) return [];
  const { rows } = await sql<Selectable<CaseTimerTable>>`
    INSERT INTO case_timers (case_id, kind, subject_id, due_at)
    SELECT * FROM unnest(${schedules.map((s) => s.caseId)}::uuid[], ${schedules.map((s) => s.kind)}::text[],
                         ${schedules.map((s) => s.subjectId ?? null)}::uuid[],
                         ${schedules.map((s) => s.dueAt.toISOString())}::timestamptz[])
    ON CONFLICT (case_id, kind, COALESCE(subject_id, ${NO_SUBJECT}::uuid)) DO UPDATE
      SET due_at = excluded.due_at,
          fired_at = CASE WHEN case_timers.due_at = excluded.due_at THEN case_timers.fired_at END,
          updated_at = now()
    RETURNING *
  `.execute(db);
  const unfired = rows.filter((row) => row.fired_at === null);
  if (unfired.length > 0) {
    await sql`
      SELECT count(*) FROM graphile_worker.add_jobs(ARRAY(
        SELECT (${FIRE_CASE_TIMER}::text, json_build_object('timerId', t.id), NULL, t.due_at, NULL,
                'case-timer:' || t.id, NULL, NULL)::graphile_worker.job_spec
        FROM unnest(${unfired.map((r) => r.id)}::uuid[], ${unfired.map((r) => r.due_at.toISOString())}::timestamptz[])
          AS t(id, due_at)),
        job_key_preserve_run_at => false)
    `.execute(db);
  }
  return rows.map(rowToTimer);
}

/**
 * Stops timers that no longer run (the case was acknowledged, resolved, the promise kept, …): their
 * rows go, and so do their jobs (a job already running finds no row and does nothing).
 */
export async function cancelCaseTimers(
  db: Executor,
  caseId: string,
  kinds: readonly TimerKind[],
  subjectId?: string,
): Promise<void> {
  if (kinds.length === 0) return;
  await sql`
    WITH gone AS (
      DELETE FROM case_timers
      WHERE case_id = ${caseId} AND kind = ANY(${[...kinds]}::text[])
        AND COALESCE(subject_id, ${NO_SUBJECT}::uuid) = COALESCE(${subjectId ?? null}::uuid, ${NO_SUBJECT}::uuid)
      RETURNING id
    )
    SELECT count(graphile_worker.remove_job('case-timer:' || id)) FROM gone
  `.execute(db);
}

/**
 * Claims a timer for firing, in the caller's transaction: only an unfired timer that is due at `now`
 * is returned, and it is marked fired, so its side effects (in the same transaction) happen once
 * however many instances or retries run its job. Undefined: cancelled, moved later, or fired.
 */
export async function claimDueTimer(
  db: Executor,
  timerId: string,
  now: Date,
): Promise<CaseTimer | undefined> {
  const row = await db
    .updateTable('case_timers')
    .set({ fired_at: now, updated_at: now })
    .where('id', '=', timerId)
    .where('fired_at', 'is', null)
    .where('due_at', '<=', now)
    .returningAll()
    .executeTakeFirst();
  return row ? rowToTimer(row) : undefined;
}

/**
 * Claims up to `limit` more unfired timers already due at `now` (the longest overdue first), in the
 * caller's transaction: one job that finds a backlog fires it in one commit instead of one commit per
 * timer. Same rule as claimDueTimer: a claimed timer is marked fired, so its side effects happen
 * once. Only timers whose row and whose case's row no other transaction holds are taken, and both
 * are locked here: the handlers (which lock the case) then never wait, so batches running at once
 * never deadlock on each other's cases.
 */
export async function claimMoreDueTimers(db: Executor, now: Date, limit: number): Promise<CaseTimer[]> {
  if (limit <= 0) return [];
  const { rows } = await sql<Selectable<CaseTimerTable>>`
    WITH picked AS (
      SELECT t.id FROM case_timers t JOIN cases c ON c.id = t.case_id
      WHERE t.fired_at IS NULL AND t.due_at <= ${now}
      ORDER BY t.due_at LIMIT ${limit} FOR UPDATE OF t, c SKIP LOCKED
    )
    UPDATE case_timers t SET fired_at = ${now}, updated_at = ${now} FROM picked
    WHERE t.id = picked.id
    RETURNING t.*
  `.execute(db);
  return rows.map(rowToTimer);
}

/**
 * Drops the jobs of timers fired by another timer's job, in the claiming transaction: a job no pool
 * has taken yet goes; one already taken runs once more and finds nothing to claim.
 */
export async function removeTimerJobs(db: Executor, timerIds: readonly string[]): Promise<void> {
  if (timerIds.length === 0) return;
  await sql`
    SELECT count(graphile_worker.remove_job('case-timer:' || id)) FROM unnest(${[...timerIds]}::uuid[]) AS id
  `.execute(db);
}

/** The case a timer belongs to (to lock it before claiming the timer); undefined: no such timer. */
export async function findCaseIdOfTimer(db: Executor, timerId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('case_timers')
    .select('case_id')
    .where('id', '=', timerId)
    .executeTakeFirst();
  return row?.case_id;
}

export async function listCaseTimers(db: Executor, caseId: string): Promise<CaseTimer[]> {
  const rows = await db
    .selectFrom('case_timers')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('due_at')
    .execute();
  return rows.map(rowToTimer);
}

/** Keeps a case's computed clocks on its row (the inbox orders by `next_due_at`). */
export async function updateCaseClocks(
  db: Executor,
  caseId: string,
  clocks: CaseClocks,
  nextDueAt: Date | undefined,
): Promise<void> {
  await db
    .updateTable('cases')
    .set({
      acknowledge_due_at: clocks.acknowledgeDueAt ?? null,
      update_due_at: clocks.updateDueAt ?? null,
      resolve_due_at: clocks.resolveDueAt ?? null,
      next_due_at: nextDueAt ?? null,
    })
    .where('id', '=', caseId)
    .execute();
}

/**
 * Queues a timer's job again for when the timer is due by the app's clock, when the job ran before
 * that (the database's clock, which runs jobs, a little ahead; or a timer moved later while its job
 * was already running): otherwise the job would complete and the timer never fire. The wait is
 * counted on the app's clock and added to the database's (`now() + (due_at - now)`), never under a
 * quarter second: where the app's clock is far behind the database's — a test's fixed clock, once
 * the real day passes it — a job queued at `due_at` came straight back, and a hundred such timers
 * kept the worker spinning for good. True: queued.
 */
export async function requeueTimerNotYetDue(db: Executor, timerId: string, now: Date): Promise<boolean> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(graphile_worker.add_job(${FIRE_CASE_TIMER}, json_build_object('timerId', id),
             run_at => now() + greatest(due_at - ${now.toISOString()}::timestamptz, interval '250 milliseconds'),
             job_key => 'case-timer:' || id, job_key_mode => 'replace'))::int AS n
    FROM case_timers WHERE id = ${timerId} AND fired_at IS NULL AND due_at > ${now.toISOString()}::timestamptz
  `.execute(db);
  return (rows[0]?.n ?? 0) > 0;
}
