/**
 * A throwaway embedded PostgreSQL for a benchmark, with PostgreSQL's default durability (fsync on,
 * synchronous commit): a benchmark that claims durable writes must pay for them. Migrated like a
 * real installation; deleted by `stop`.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadEnv } from '../../src/config/env.ts';
import { migrateWorker } from '../../src/jobs/worker.ts';
import { startEmbeddedPostgres } from '../../src/runtime/embedded-postgres.ts';
import { createDb } from '../../src/store/db.ts';
import { migrateToLatest } from '../../src/store/migrate.ts';

export type BenchDatabase = {
  connectionString: string;
  /** The server's postmaster (its first process), to tell its CPU from other servers' on the machine. */
  postmasterPid: number;
  stop(): Promise<void>;
};

/**
 * `keepIn`: a folder to keep the database in and to start from again next time (created when
 * missing; never deleted), so a benchmark whose data takes minutes to generate can be run again on
 * it. Without it, a throwaway folder.
 */
export async function startBenchDatabase(keepIn?: string): Promise<BenchDatabase> {
  const dir = keepIn ? path.resolve(keepIn) : mkdtempSync(path.join(os.tmpdir(), 'amends-bench-'));
  if (keepIn) mkdirSync(dir, { recursive: true });
  // mkdtemp makes a private folder; as root, PostgreSQL runs as `postgres` and must be able to enter it.
  chmodSync(dir, 0o755);
  const remove = () => {
    if (!keepIn) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const embedded = await startEmbeddedPostgres({
      dataDir: dir,
      sharedDir: loadEnv().AMENDS_SHARED_DIR,
      databaseName: 'amends_bench',
    });
    const handle = createDb(embedded.connectionString, { max: 1 });
    await migrateToLatest(handle.db);
    await handle.db.destroy();
    await migrateWorker(embedded.connectionString);
    return {
      connectionString: embedded.connectionString,
      postmasterPid: Number.parseInt(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8'), 10),
      async stop() {
        await embedded.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
