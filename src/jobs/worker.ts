import { EventEmitter } from 'node:events';
import {
  Logger,
  makeWorkerUtils,
  type Runner,
  run,
  runMigrations,
  type TaskList,
  type WorkerEvents,
} from 'graphile-worker';
import pg from 'pg';
import { resumeStalledBlasts } from '../app/blasts/resume-stalled-blasts.ts';
import type { AppContext } from '../app/context.ts';
import { InboundProcessor } from '../app/inbound/inbound-processor.ts';
import type { InboundReader } from '../app/inbound/process-inbound-email.ts';
import { queueWaitingInboundEmails } from '../app/inbound/queue-waiting-inbound-emails.ts';
import { recoverStuckEmails, releaseHeldEmails } from '../app/outbox/recover-stuck-emails.ts';
import { REFRESH_GOVERNED_CLOCKS } from '../app/timers/refresh-governed-clocks.ts';
import { OUTBOX_SENDER } from '../config/env.ts';
import type { DnsResolver } from '../mail/in/authenticate-email.ts';
import { inboundReader } from '../mail/in/read-inbound-email.ts';
import { createMailer, type Mailer } from '../mail/out/mailer.ts';
import { DELIVER_AMEND } from '../store/amend-webhook.store.ts';
import { FIRE_CASE_TIMER } from '../store/case-timer.store.ts';
import type { Db } from '../store/db.ts';
import {
  FORGOTTEN_PASSWORD_JOB,
  listJobLockHolders,
  PREPARE_BLAST,
  PROCESS_INBOUND_EMAIL,
  RECOVERY_CHECK,
  SEND_EMAIL,
} from '../store/job.store.ts';
import { relayDueRecoveryChecks } from '../store/recovery-check.store.ts';
import { type InboundHandOff, inboundThreads } from './inbound-threads.ts';
import { checkRatingRecovery } from './tasks/check-rating-recovery.ts';
import { deliverAmend } from './tasks/deliver-amend.ts';
import { fireCaseTimer } from './tasks/fire-case-timer.ts';
import { keepHappinessDays } from './tasks/keep-happiness-days.ts';
import { mailForgottenPassword } from './tasks/mail-forgotten-password.ts';
import { prepareBlast } from './tasks/prepare-blast.ts';
import { processInboundEmail } from './tasks/process-inbound-email.ts';
import { purgeExpiredSessions } from './tasks/purge-expired-sessions.ts';
import { purgeIdempotencyKeys } from './tasks/purge-idempotency-keys.ts';
import { recoverOutbox } from './tasks/recover-outbox.ts';
import { refreshGovernedClocks } from './tasks/refresh-governed-clocks.ts';
import { relayInboundEmails } from './tasks/relay-inbound-emails.ts';
import { relayRecoveryChecks } from './tasks/relay-recovery-checks.ts';
import { sendEmail } from './tasks/send-email.ts';
import { startWorkerLiveness } from './worker-liveness.ts';

/** Durable jobs and timers, in PostgreSQL beside the data (graphile-worker). */
export const CRONTAB = [
  '0 * * * * purge-expired-sessions',
  '* * * * * relay-recovery-checks',
  '30 * * * * keep-happiness-days',
  '45 * * * * purge-idempotency-keys',
  '* * * * * recover-outbox',
  '* * * * * relay-inbound-emails',
].join('\n');

/**
 * Jobs run at once. Measured (`npm run bench -- mail`): with 4, a blast's send jobs left the
 * mailer's 4 SMTP connections idle while they claimed, composed and recorded (about half a bare
 * nodemailer's rate); with 8, some jobs talk to the database while others hand mail over.
 */
const CONCURRENCY = 8;

/**
 * How jobs due later are found. graphile-worker hears of new jobs at once (LISTEN), but finds a job
 * due later by polling: by default each of the CONCURRENCY workers every 2 s. With a local queue the
 * pool polls once for all of them and hands out a batch. Measured (`npm run bench -- timers`, 3,000
 * timers due over 30 s on the shared 2 cores, load 12–16): 8 workers polling every 2 s, one timer per
 * job, fired them p50 4.6 s / p99 7.8 s late (falling behind) at 7.2 database transactions/s idle;
 * this poll, this local queue and batches (app/timers/fire-due-timers.ts): p50 34 ms / p99 284 ms at
 * 5.5 transactions/s idle (4 polls and the heartbeat), worker CPU about 1 % idle either way.
 */
export const POLL_INTERVAL_MS = 250;
export const LOCAL_QUEUE_SIZE = 200;

/** Where no mailer is given, mail stays in the local outbox: nothing leaves by accident. */
const OUTBOX = createMailer({ from: OUTBOX_SENDER });

/**
 * What jobs are handed: the mailer (the local outbox when none), and for inbound mail the DNS
 * resolver its DKIM/SPF/DMARC checks use (the system's when none; tests and benchmarks give an
 * offline one) or a whole reader of raw mail.
 */
export type JobOptions = {
  mailer?: Mailer | undefined;
  dnsResolver?: DnsResolver | undefined;
  /**
   * The URL of a module whose default export is the DNS resolver, for the inbound thread
   * (jobs/inbound-threads.ts: a function cannot be handed to a thread); none: the system's resolver.
   */
  dnsResolverModule?: string | undefined;
  inboundReader?: InboundReader | undefined;
  /** For measurement (bench/timers.ts): timers one job fires at most (app/timers/fire-due-timers.ts). */
  timerBatch?: number | undefined;
  /** How long an amends webhook receiver has to answer (tests use less than the default 10 s). */
  amendsWebhookTimeoutMs?: number | undefined;
};

export function taskList(ctx: AppContext, options: JobOptions = {}): TaskList {
  return {
    'purge-expired-sessions': purgeExpiredSessions(ctx.db, ctx.now),
    'purge-idempotency-keys': purgeIdempotencyKeys(ctx.db, ctx.now),
    'keep-happiness-days': keepHappinessDays(ctx),
    // Queued by store/job.store.ts under these names.
    [RECOVERY_CHECK.task]: checkRatingRecovery(ctx),
    'relay-recovery-checks': relayRecoveryChecks(ctx),
    'recover-outbox': recoverOutbox(ctx),
    'relay-inbound-emails': relayInboundEmails(ctx),
    [SEND_EMAIL.task]: sendEmail(ctx, options.mailer ?? OUTBOX),
    [PROCESS_INBOUND_EMAIL.task]: processInboundEmail(
      ctx,
      options.inboundReader ?? inboundReader({ resolver: options.dnsResolver }),
    ),
    [PREPARE_BLAST.task]: prepareBlast(ctx),
    [FORGOTTEN_PASSWORD_JOB]: mailForgottenPassword(ctx),
    [FIRE_CASE_TIMER]: fireCaseTimer(ctx, options.timerBatch),
    [REFRESH_GOVERNED_CLOCKS]: refreshGovernedClocks(ctx),
    [DELIVER_AMEND.task]: deliverAmend(ctx, { timeoutMs: options.amendsWebhookTimeoutMs }),
  };
}

/** graphile-worker's own schema; applied with ours so a migrated database is ready for jobs. */
export async function migrateWorker(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, logger: quietLogger });
}

/**
 * graphile-worker keeps a killed process's jobs locked for 4 hours. When this process is the only
 * one that can be running (the embedded database, held by our owner record), every lock is a dead
 * worker's: release them so timers fire now, not hours later. Never call this with shared databases.
 */
export async function releaseDeadWorkersJobs(connectionString: string, db: Db): Promise<number> {
  const holders = await listJobLockHolders(db);
  if (holders.length === 0) return 0;
  const utils = await makeWorkerUtils({ connectionString, logger: quietLogger });
  try {
    await utils.forceUnlockWorkers(holders);
  } finally {
    await utils.release();
  }
  return holders.length;
}

/** A running worker and the pool it uses; `stop` finishes jobs in hand, then closes the pool. */
export type Worker = {
  runner: Runner;
  /** This pool's graphile-worker id: the `locked_by` of the jobs it holds, the key of its heartbeat. */
  workerId: string;
  /** Takes mail the SMTP listener of this process stored (app/inbound/inbound-acceptor.ts's hand-off). */
  inbound: InboundHandOff;
  stop(): Promise<void>;
};

export async function startWorker(
  ctx: AppContext,
  options: JobOptions & {
    concurrency?: number;
    events?: WorkerEvents;
    /**
     * No other process can be running jobs on this database (the embedded one, held by our owner
     * record): every email a dead process left `sending` is judged now, not after STALE_CLAIM_MS.
     */
    onlyProcess?: boolean;
    /** For measurement (bench/timers.ts): the poll and local queue chosen above, by default. */
    pollInterval?: number;
    localQueueSize?: number;
    completeJobBatchDelay?: number;
  } = {},
): Promise<Worker> {
  await resolveOutboxAtStart(ctx, options.mailer, options.onlyProcess ?? false);
  // Recovery checks noted due by a process that died before its relay ran: queued now, so a negative
  // rating gets its case at once instead of at the cron's next minute (it waited ~40 s after a crash).
  await relayDueRecoveryChecks(ctx.db, ctx.recoveryHoldMs).then(
    (relayed) => {
      if (relayed > 0) console.log(`[worker] Queued ${relayed} recovery check(s) left by an earlier run.`);
    },
    (error: Error) =>
      console.error(
        `[worker] Queuing recovery checks left by an earlier run failed (${error.message}); the cron retries within a minute.`,
      ),
  );
  // Mail a dead process stored (and answered 250) but never processed: queued now, not at the cron's
  // next minute; its jobs run once the worker below starts.
  await queueWaitingInboundEmails(ctx, { all: true }).then(
    (queued) => {
      if (queued > 0)
        console.log(`[worker] Queued ${queued} inbound email(s) an earlier run stored but never processed.`);
    },
    (error: Error) =>
      console.error(
        `[worker] Queuing inbound email left by an earlier run failed (${error.message}); the cron retries within a minute.`,
      ),
  );
  const concurrency = options.concurrency ?? CONCURRENCY;
  // Our own pool, with an error handler: when the database shuts down before a pooled connection is
  // closed, that must not crash the process (graphile-worker's own pool has no handler once stopped).
  const pgPool = new pg.Pool({ connectionString: ctx.connectionString, max: concurrency + 2 });
  pgPool.on('error', () => {});
  pgPool.on('connect', (client) => client.on('error', () => {}));
  const events: WorkerEvents = options.events ?? new EventEmitter();
  let workerId: string | undefined;
  const learnId = ({ workerPool }: { workerPool: { id: string } }) => {
    workerId ??= workerPool.id;
  };
  events.on('pool:create', learnId);
  const localQueueSize = options.localQueueSize ?? LOCAL_QUEUE_SIZE;
  const runner = await run({
    pgPool,
    concurrency,
    noHandleSignals: true,
    taskList: taskList(ctx, options),
    crontab: CRONTAB,
    logger: quietLogger,
    events,
    preset: {
      worker: {
        pollInterval: options.pollInterval ?? POLL_INTERVAL_MS,
        ...(localQueueSize > 1 && { localQueue: { size: localQueueSize } }),
        ...(options.completeJobBatchDelay !== undefined && {
          completeJobBatchDelay: options.completeJobBatchDelay,
        }),
      },
    },
  });
  events.off('pool:create', learnId);
  if (!workerId) throw new Error('graphile-worker started without telling its worker id (pool:create)');
  const liveness = startWorkerLiveness(ctx.db, workerId);
  // Mail this process's SMTP listener stores is processed in a thread of its own, unless a reader or
  // resolver only this thread can call was given without a module for the thread (tests): then here.
  const inbound: InboundHandOff =
    (options.inboundReader || options.dnsResolver) && !options.dnsResolverModule
      ? processorHere(
          new InboundProcessor(
            ctx,
            options.inboundReader ?? inboundReader({ resolver: options.dnsResolver }),
          ),
        )
      : inboundThreads(ctx, { resolverModule: options.dnsResolverModule });
  return {
    runner,
    workerId,
    inbound,
    async stop() {
      await inbound.stop();
      await runner.stop();
      await liveness.stop();
      await pgPool.end();
    },
  };
}

/**
 * The outbox as a start finds it: emails a dead process left `sending` are resolved by the rule of
 * core/mail/delivery-attempts.ts (here at once when this is the only process), and with an SMTP
 * server, mail held in the local outbox while there was none is queued to go out.
 */
async function resolveOutboxAtStart(ctx: AppContext, mailer: Mailer | undefined, onlyProcess: boolean) {
  try {
    const stuck = await recoverStuckEmails(ctx, { claimantGone: onlyProcess });
    if (stuck.requeued + stuck.resent + stuck.failed > 0)
      console.log(
        `[worker] Emails an earlier run left sending: ${stuck.requeued} queued again (never composed), ${stuck.resent} to be sent again as kept (same Message-ID), ${stuck.failed} failed.`,
      );
    const resumed = await resumeStalledBlasts(ctx, { all: onlyProcess });
    if (resumed > 0)
      console.log(`[worker] Resumed the preparation of ${resumed} blast(s) an earlier run left unfinished.`);
    if (mailer?.mode === 'smtp') {
      const held = await releaseHeldEmails(ctx);
      if (held > 0) console.log(`[worker] Queued ${held} email(s) held in the outbox: SMTP_URL is set now.`);
    }
  } catch (error) {
    console.error(
      `[worker] Resolving the outbox at start failed (${(error as Error).message}); the recover-outbox cron retries every minute.`,
    );
  }
}

/** The hand-off to a processor on this thread. */
function processorHere(processor: InboundProcessor): InboundHandOff {
  return {
    start: async () => {},
    enqueue: processor.enqueue,
    drain: () => processor.drain(),
    stop: () => processor.drain(),
  };
}

/** Worker chatter below warnings stays out of the console a newcomer watches. */
const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') console.error(`[worker] ${message}`);
});
