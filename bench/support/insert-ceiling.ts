/**
 * The raw PostgreSQL ceiling the click figure is compared with: single-row INSERT transactions
 * (autocommit, one row each) into rating_answers, through the same driver (pg) and the same pool
 * size as the app, from `concurrency` callers for a fixed time. No HTTP, no batching, no app code.
 * With more callers than connections, the pool queues them: PostgreSQL sees at most `size` at once.
 */
import pg from 'pg';

export type CeilingResult = { concurrency: number; inserts: number; elapsedMs: number; perSecond: number };

/** What the ceiling's rows say in rating_answers.source, so they are never counted as clicks. */
export const CEILING_SOURCE = 'bench-ceiling';

/** A pool like the app's, its connections opened (as the app's are by the time clicks arrive). */
export async function openCeilingPool(connectionString: string, size: number): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString, max: size });
  await Promise.all(Array.from({ length: size }, () => pool.query('SELECT 1')));
  return pool;
}

export async function measureInsertCeiling(
  pool: pg.Pool,
  options: {
    concurrency: number;
    durationMs: number;
    requestIds: readonly string[];
    /** The survey and touchpoint type an answer carries, so each row is as wide as a click's. */
    groups: { surveyId: string; touchpointType: string };
  },
): Promise<CeilingResult> {
  const { requestIds, groups } = options;
  let inserts = 0;
  const startedAt = performance.now();
  const deadline = startedAt + options.durationMs;
  const caller = async () => {
    while (performance.now() < deadline) {
      const requestId = requestIds[Math.floor(Math.random() * requestIds.length)];
      await pool.query(
        'INSERT INTO rating_answers (request_id, score, source, at, survey_id, touchpoint_type) VALUES ($1, $2, $3, now(), $4, $5)',
        [requestId, 4, CEILING_SOURCE, groups.surveyId, groups.touchpointType],
      );
      inserts++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, caller));
  const elapsedMs = performance.now() - startedAt;
  return { concurrency: options.concurrency, inserts, elapsedMs, perSecond: (inserts * 1000) / elapsedMs };
}
