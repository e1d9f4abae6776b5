import { Logger, type Runner, run, runMigrations, type TaskList } from 'graphile-worker';
import type { Db } from '../store/db.ts';
import { purgeExpiredSessions } from './tasks/purge-expired-sessions.ts';

/** Durable jobs and timers, in PostgreSQL beside the data (graphile-worker). */
export const CRONTAB = ['0 * * * * purge-expired-sessions'].join('\n');

export function taskList(db: Db, now: () => Date): TaskList {
  return { 'purge-expired-sessions': purgeExpiredSessions(db, now) };
}

/** graphile-worker's own schema; applied with ours so a migrated database is ready for jobs. */
export async function migrateWorker(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

export async function startWorker(options: {
  connectionString: string;
  db: Db;
  now: () => Date;
  concurrency?: number;
}): Promise<Runner> {
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    noHandleSignals: true,
    pollInterval: 2000,
    taskList: taskList(options.db, options.now),
    crontab: CRONTAB,
    logger: quietLogger,
  });
}

/** Worker chatter below warnings stays out of the console a newcomer watches. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
});
