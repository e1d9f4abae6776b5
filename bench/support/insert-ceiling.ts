/**
 * The raw PostgreSQL ceiling the click figure is compared with: single-row INSERT transactions
 * (autocommit, one row each) into rating_answers, through the same driver (pg) and the same pool
 * size as the app, from `concurrency` callers for a fixed time. No HTTP, no batching, no app code.
 */
import pg from 'pg';

export type CeilingResult = { concurrency: number; inserts: number; elapsedMs: number; perSecond: number };

/** What the ceiling's rows say in rating_answers.source, so they are never counted as clicks. */
export const CEILING_SOURCE = 'bench-ceiling';

export async function measureInsertCeiling(options: {
  connectionString: string;
  poolSize: number;
  concurrency: number;
  durationMs: number;
  requestIds: readonly string[];
}): Promise<CeilingResult> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize });
  const { requestIds } = options;
  try {
    // Open the pool's connections first, as the app's pool is open by the time clicks arrive.
    await Promise.all(Array.from({ length: options.poolSize }, () => pool.query('SELECT 1')));
    let inserts = 0;
    const startedAt = performance.now();
    const deadline = startedAt + options.durationMs;
    const caller = async () => {
      while (performance.now() < deadline) {
        const requestId = requestIds[Math.floor(Math.random() * requestIds.length)];
        await pool.query(
          'INSERT INTO rating_answers (request_id, score, source, at) VALUES ($1, $2, $3, now())',
          [requestId, 4, CEILING_SOURCE],
        );
        inserts++;
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, caller));
    const elapsedMs = performance.now() - startedAt;
    return { concurrency: options.concurrency, inserts, elapsedMs, perSecond: (inserts * 1000) / elapsedMs };
  } finally {
    await pool.end();
  }
}
