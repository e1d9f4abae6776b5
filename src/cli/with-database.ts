/**
 * Every admin command runs against the same database `npm start` uses: PostgreSQL at DATABASE_URL
 * when set, else the embedded PostgreSQL of the data folder — the server a running Amends owns if
 * there is one, or one started for this command and stopped after it. Migrations run first, so a
 * command works on a fresh clone.
 */
import { type AppContext, createAppContext } from '../app/context.ts';
import type { Env } from '../config/env.ts';
import { migrateWorker } from '../jobs/worker.ts';
import { embeddedDataDir } from '../runtime/data-dir.ts';
import {
  attachToRunningPostgres,
  type EmbeddedDatabase,
  startEmbeddedPostgres,
} from '../runtime/embedded-postgres.ts';
import { createDb, pingDatabase } from '../store/db.ts';
import { migrateToLatest } from '../store/migrate.ts';

export type CliDatabase = {
  ctx: AppContext;
  /** Names of the migrations this run applied (empty when the database was up to date). */
  applied: string[];
  /** Where the data lives, for a person: "the embedded PostgreSQL in /srv/amends/data". */
  where: string;
  /**
   * Whether Amends is running on this data: true when its embedded PostgreSQL was already up, false
   * when this command started it, undefined with DATABASE_URL (other machines may run it).
   */
  amendsRunning: boolean | undefined;
};

export async function withDatabase<T>(
  env: Env,
  progress: (line: string) => void,
  work: (database: CliDatabase) => Promise<T>,
): Promise<T> {
  let ours: EmbeddedDatabase | undefined;
  let connectionString: string;
  let where: string;
  let amendsRunning: boolean | undefined;
  if (env.DATABASE_URL) {
    connectionString = env.DATABASE_URL;
    where = `the PostgreSQL at DATABASE_URL (${describeUrl(connectionString)})`;
  } else {
    const dataDir = embeddedDataDir(env);
    const running = await attachToRunningPostgres(dataDir);
    if (running) {
      connectionString = running.connectionString;
      where = `the embedded PostgreSQL of the running Amends (data in ${dataDir})`;
      amendsRunning = true;
    } else {
      ours = await startEmbeddedPostgres({ dataDir, sharedDir: env.AMENDS_SHARED_DIR, onProgress: progress });
      connectionString = ours.connectionString;
      where = `the embedded PostgreSQL in ${dataDir}`;
      amendsRunning = false;
    }
  }

  // Ctrl-C must not leave the server we started running (the next `npm start` would have to clean up).
  const interrupted = () => {
    progress('Interrupted: stopping the embedded PostgreSQL…');
    void (ours?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  if (ours) {
    process.once('SIGINT', interrupted);
    process.once('SIGTERM', interrupted);
  }

  const handle = createDb(connectionString, { max: 4 });
  try {
    await pingDatabase(handle.db).catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        env.DATABASE_URL
          ? `Cannot reach ${where}: ${reason}. Check that it is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded PostgreSQL.`
          : `Cannot reach ${where}: ${reason}. Stop Amends, then run the command again.`,
      );
    });
    const { applied } = await migrateToLatest(handle.db);
    await migrateWorker(connectionString);
    const ctx = await createAppContext({
      database: handle,
      sessionDays: env.AMENDS_SESSION_DAYS,
      publicUrl: env.AMENDS_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      replyMailbox: env.replyMailbox,
    });
    return await work({ ctx, applied, where, amendsRunning });
  } finally {
    await handle.db.destroy().catch(() => {});
    if (ours) {
      process.off('SIGINT', interrupted);
      process.off('SIGTERM', interrupted);
      await ours.stop().catch(() => {});
    }
  }
}

/** host:port/database, never the password. */
function describeUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'an unreadable URL';
  }
}
