import { Logger, runOnce } from 'graphile-worker';
import { taskList } from '../../src/jobs/worker.ts';
import type { Mailer } from '../../src/mail/out/mailer.ts';
import type { TestApp } from './test-app.ts';

/** Job chatter stays out of the test output; a job's error still shows. */
const quiet = new Logger(() => (level, message) => {
  if (level === 'error') console.error(`[worker] ${message}`);
});

/**
 * Runs every due job once, as the worker would (four at a time, so two jobs for one email can race),
 * with this mailer — the local outbox when none.
 */
export function runJobs(t: Pick<TestApp, 'ctx' | 'database'>, mailer?: Mailer): Promise<void> {
  return runOnce({
    connectionString: t.database.connectionString,
    taskList: taskList(t.ctx, { mailer }),
    concurrency: 4,
    logger: quiet,
  });
}
