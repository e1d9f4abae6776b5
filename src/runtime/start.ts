import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { type AppContext, createAppContext } from '../app/context.ts';
import { InboundAcceptor } from '../app/inbound/inbound-acceptor.ts';
import { LiveHub } from '../app/live/live-hub.ts';
import { ensureDefaultSurvey } from '../app/surveys/ensure-default-survey.ts';
import { ensureFirstAdmin, type FirstAdmin } from '../app/system/ensure-first-admin.ts';
import type { Env, ImapMailboxConfig } from '../config/env.ts';
import { buildApp } from '../http/app.ts';
import { migrateWorker, releaseDeadWorkersJobs, startWorker, type Worker } from '../jobs/worker.ts';
import { type ImapReader, startImapReader } from '../mail/in/imap-reader.ts';
import { type SmtpListener, startSmtpListener } from '../mail/in/smtp-listener.ts';
import { createMailer } from '../mail/out/mailer.ts';
import { renderSurveyEmail } from '../mail/out/survey-email.ts';
import { createDb, type DbHandle } from '../store/db.ts';
import { migrateToLatest } from '../store/migrate.ts';
import { embeddedDataDir } from './data-dir.ts';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres.ts';
import { assertPortFree, portMessage } from './port.ts';

export type Running = {
  url: string;
  firstAdmin: FirstAdmin | undefined;
  /** The embedded PostgreSQL's data folder; undefined with DATABASE_URL. */
  dataDir: string | undefined;
  stop(): Promise<void>;
};

/**
 * Starts everything in one process: the database (embedded unless DATABASE_URL is set), migrations,
 * the first admin, live updates, the HTTP server and the worker. `stop` undoes it in reverse order.
 */
export async function startAmends(env: Env, progress: (line: string) => void): Promise<Running> {
  let embedded: EmbeddedDatabase | undefined;
  let handle: DbHandle | undefined;
  let app: FastifyInstance | undefined;
  let worker: Worker | undefined;
  let smtpIn: SmtpListener | undefined;
  let imapIn: ImapReader | undefined;
  await assertPortFree(env.HOST, env.PORT);
  const live = new LiveHub();
  const mailer = createMailer({ smtpUrl: env.SMTP_URL, from: env.mailFrom, dkim: env.dkim });

  const stop = async () => {
    await imapIn?.stop().catch(() => {});
    await smtpIn?.close().catch(() => {});
    await app?.close().catch(() => {});
    await worker?.stop().catch(() => {});
    await mailer.close().catch(() => {});
    await live.stop().catch(() => {});
    await handle?.db.destroy().catch(() => {});
    await embedded?.stop().catch(() => {});
  };

  const dataDir = env.DATABASE_URL ? undefined : embeddedDataDir(env);
  if (dataDir && dataDir !== env.dataDir)
    progress(
      `Running as root in a folder the "postgres" user cannot enter: the data goes to ${dataDir} instead of ${env.dataDir} (AMENDS_DATA_DIR chooses another folder).`,
    );
  try {
    let connectionString = env.DATABASE_URL;
    if (!connectionString) {
      embedded = await startEmbeddedPostgres({
        dataDir: dataDir ?? env.dataDir,
        sharedDir: env.AMENDS_SHARED_DIR,
        onProgress: progress,
      });
      connectionString = embedded.connectionString;
    }
    handle = createDb(connectionString);
    progress('Applying migrations…');
    await migrateToLatest(handle.db);
    await migrateWorker(connectionString);
    if (embedded) {
      const released = await releaseDeadWorkersJobs(connectionString, handle.db);
      if (released > 0) progress(`Released the jobs of ${released} worker(s) that died with an earlier run.`);
    }

    const ctx = await createAppContext({
      database: handle,
      sessionDays: env.AMENDS_SESSION_DAYS,
      publicUrl: env.AMENDS_PUBLIC_URL ?? `http://localhost:${env.PORT}`,
      replyMailbox: env.replyMailbox,
    });
    const firstAdmin = await ensureFirstAdmin(ctx, {
      email: env.AMENDS_ADMIN_EMAIL,
      password: env.AMENDS_ADMIN_PASSWORD,
    });
    await ensureDefaultSurvey(ctx);
    await live.start(connectionString);

    app = await buildApp({
      ctx,
      live,
      secureCookies: env.secureCookies,
      mailFrom: env.mailFrom,
      renderSurveyEmail,
      trustProxy: env.AMENDS_TRUST_PROXY,
      clicksPerMinute: env.AMENDS_CLICKS_PER_MINUTE,
      logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
    });
    const address = await app
      .listen({ port: env.PORT, host: env.HOST })
      .catch(async (error: NodeJS.ErrnoException) => {
        throw error.code ? new Error(await portMessage(env.HOST, env.PORT, error.code)) : error;
      });
    // Links in mail are built from this: settled before the worker can send any.
    const url = env.AMENDS_PUBLIC_URL ?? address.replace('://127.0.0.1', '://localhost');
    ctx.publicUrl = url.replace(/\/+$/, '');
    if (env.AMENDS_WORKER === 'on')
      worker = await startWorker(ctx, { mailer, onlyProcess: embedded !== undefined });
    if (env.SMTP_IN_PORT) {
      // Group commit of what concurrent senders deliver; the worker of this process processes it at
      // once, or, without one, each mail's job is queued with it.
      await worker?.inbound.start();
      const acceptor = new InboundAcceptor(ctx, { handOff: worker?.inbound.enqueue });
      smtpIn = await startMailIn(env, env.SMTP_IN_PORT, acceptor.accept);
      progress(
        `Mail in: SMTP on ${env.SMTP_IN_HOST}:${smtpIn.port} takes replies to ${env.replyMailbox} and its case addresses.`,
      );
    }
    if (env.imap) {
      imapIn = startMailbox(ctx, env.imap);
      progress(
        `Mail in: reading ${env.imap.name} (IMAP, one instance at a time)${env.imap.moveTo ? `, moving what it takes to ${env.imap.moveTo}` : ''}.`,
      );
    }
    if (mailer.mode === 'outbox')
      progress('No SMTP_URL: outbound email is held in the outbox (console: Outbox) instead of sent.');

    return { url, firstAdmin, dataDir, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The IMAP reader for a support mailbox that lives elsewhere; it logs what goes wrong and retries. */
function startMailbox(ctx: AppContext, imap: ImapMailboxConfig): ImapReader {
  return startImapReader(ctx, {
    mailbox: imap,
    pollMs: imap.pollSeconds * 1000,
    onEvent(event) {
      if (event.kind === 'failed')
        console.error(
          `[mail in] Reading ${imap.name} failed (${event.error instanceof Error ? event.error.message : String(event.error)}); trying again in ${Math.round(event.retryInMs / 1000)} s.`,
        );
      if (event.kind === 'too-large')
        console.error(
          `[mail in] Left UID ${event.uid} in ${imap.name}, unread: ${event.size} bytes is over the limit a mail may have.`,
        );
    },
  });
}

/** The SMTP listener for customers' replies, with STARTTLS when a certificate is configured. */
async function startMailIn(
  env: Env,
  port: number,
  accept: Parameters<typeof startSmtpListener>[0]['accept'],
): Promise<SmtpListener> {
  const tls =
    env.SMTP_IN_TLS_KEY && env.SMTP_IN_TLS_CERT
      ? { key: readFileSync(env.SMTP_IN_TLS_KEY), cert: readFileSync(env.SMTP_IN_TLS_CERT) }
      : undefined;
  return startSmtpListener({
    host: env.SMTP_IN_HOST,
    port,
    replyMailbox: env.replyMailbox,
    tls,
    accept,
    onAcceptFailed: (error) =>
      console.error(
        `[mail in] A message could not be stored and was answered 451 (the sender retries): ${String(error)}`,
      ),
  }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(
      `Cannot take mail on ${env.SMTP_IN_HOST}:${port} (${error.code ?? error.message}). Stop what holds the port, or set another SMTP_IN_PORT (ports below 1024 need root).`,
    );
  });
}
