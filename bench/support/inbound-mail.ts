/**
 * Inbound mail, SMTP DATA to a threaded timeline row: what `npm run bench -- mail` reports beside the
 * outbox. A throwaway embedded PostgreSQL (default durability), our SMTP listener and worker in this
 * process, a sender (nodemailer's pool) in another. Each mail answers a case through its reply
 * address, so it takes the whole path: stored raw with its job (the 250), read (postal-mime,
 * mailauth with an offline resolver: no DNS leaves the machine), and threaded onto its case.
 *
 * - At a steady 50 mails/s: the time from each send's start to its `message_in` row (p50, p99).
 * - At full speed: mails/s from the first send to the last threaded row.
 * - The ceiling: a bare smtp-server that only INSERTs the raw bytes and answers 250, same sender.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';

import { SMTPServer } from 'smtp-server';
import { createAppContext } from '../../src/app/context.ts';
import { InboundAcceptor } from '../../src/app/inbound/inbound-acceptor.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import { createDb } from '../../src/store/db.ts';
import { buildCase, buildCustomer, buildUser } from '../../test/support/factories.ts';
import noDns, { NO_DNS_MODULE } from '../../test/support/no-dns.ts';
import { startBenchDatabase } from './bench-database.ts';
import { type CpuUse, cpuMeter, cpuPerMail } from './cpu.ts';
import type { SendBatch, SendResult } from './mail-sender-process.ts';

export type InboundFigures = {
  inbound_msgs_per_s: number;
  bare_inbound_msgs_per_s: number;
  inbound_p50_ms: number;
  inbound_p99_ms: number;
};

const REPLY_MAILBOX = 'support@shop.bench';
/** The steady load. */
const STEADY_RATE = 50;
const STEADY_MAILS = 1_000;
const FULL_SPEED_MAILS = 2_000;
const ROUNDS = 3;
const SENDER_CONNECTIONS = 8;
const CASES = 200;

/** One round at full speed: ours, then the bare server's, with the CPU each spent per mail. */
export type InboundRound = {
  inbound_msgs_per_s: number;
  bare_inbound_msgs_per_s: number;
  ratio: number;
  full_speed_p50_ms: number;
  full_speed_p99_ms: number;
  /** The senders' view: 250s heard per second. */
  answered_msgs_per_s: number;
  cpu_ms_per_mail: Record<string, number>;
  bare_cpu_ms_per_mail: Record<string, number>;
  /** What each mail wrote to PostgreSQL's write-ahead log. */
  wal_kb_per_mail: number;
  bare_wal_kb_per_mail: number;
};

export async function measureInbound(
  options: { log?: (line: string) => void } = {},
): Promise<
  InboundFigures & { full_speed_p50_ms: number; full_speed_p99_ms: number; rounds: InboundRound[] }
> {
  const log = options.log ?? (() => {});
  log('▶ Starting a throwaway embedded PostgreSQL and migrating…');
  const database = await startBenchDatabase();
  const handle = createDb(database.connectionString, { max: 10 });
  const sender = fork(path.join(import.meta.dirname, 'mail-sender-process.ts'), { stdio: 'inherit' });
  const closers: (() => Promise<unknown>)[] = [];
  try {
    const ctx = await createAppContext({
      database: handle,
      sessionDays: 14,
      publicUrl: 'http://localhost',
      replyMailbox: REPLY_MAILBOX,
    });
    const owner = await buildUser(ctx, { role: 'agent' });
    const addresses: { from: string; to: string }[] = [];
    for (let i = 0; i < CASES; i++) {
      const customer = await buildCustomer(ctx, { email: `customer-${i}@customer.bench` });
      const opened = await buildCase(ctx, { customerId: customer.id, ownerId: owner.id });
      addresses.push({
        from: customer.emails[0] ?? '',
        to: replyAddressFor(ctx.linkSecret, REPLY_MAILBOX, opened.replyKey),
      });
    }
    const worker = await startWorker(ctx, { dnsResolver: noDns, dnsResolverModule: NO_DNS_MODULE });
    closers.push(() => worker.stop());
    await worker.inbound.start();
    const acceptor = new InboundAcceptor(ctx, { handOff: worker.inbound.enqueue });
    const listener = await startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      replyMailbox: REPLY_MAILBOX,
      accept: acceptor.accept,
    });
    closers.push(() => listener.close());

    let serial = 0;
    const batch = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const { from, to } = addresses[i % addresses.length] ?? { from: '', to: '' };
        const messageId = `<bench-${serial++}@customer.bench>`;
        return { from, to, messageId, raw: benchMail(from, to, messageId) };
      });

    log(`▶ ${STEADY_MAILS} mails at a steady ${STEADY_RATE}/s through the listener, each to its case`);
    const steady = await runThrough(handle.db, sender, listener.port, batch(STEADY_MAILS), STEADY_RATE);
    log(`  p50 ${steady.p50} ms, p99 ${steady.p99} ms (send start → timeline row)`);

    // Rounds of full speed, each ours then the bare server's, after a CHECKPOINT, so a burst of other
    // work on the shared machine moves one round, not the figure: the round with the median ratio counts.
    const rounds: InboundRound[] = [];
    const meter = cpuMeter(
      { amends: process.pid, sender: sender.pid ?? 0 },
      { postmaster: database.postmasterPid },
    );
    for (let round = 1; round <= ROUNDS; round++) {
      log(
        `▶ Round ${round} of ${ROUNDS}: ${FULL_SPEED_MAILS} mails as fast as ${SENDER_CONNECTIONS} connections send them`,
      );
      await sql`CHECKPOINT`.execute(handle.db);
      meter.start();
      const full = await runThrough(handle.db, sender, listener.port, batch(FULL_SPEED_MAILS), 0);
      const fullCpu = meter.stop();
      log(
        `  ${full.perSecond} mails/s threaded (p50 ${full.p50} ms, p99 ${full.p99} ms); ${full.acceptedPerSecond} mails/s answered 250`,
      );
      log(`  CPU: ${cpuLine(fullCpu, FULL_SPEED_MAILS)}; WAL ${full.walKbPerMail} kB a mail`);
      await sql`CHECKPOINT`.execute(handle.db);
      const bare = await measureBare(database.connectionString, sender, batch(FULL_SPEED_MAILS), meter);
      log(
        `  bare smtp-server storing raw bytes: ${bare.perSecond} mails/s; CPU: ${cpuLine(bare.cpu, FULL_SPEED_MAILS)}; WAL ${bare.walKbPerMail} kB a mail`,
      );
      rounds.push({
        inbound_msgs_per_s: full.perSecond,
        bare_inbound_msgs_per_s: bare.perSecond,
        ratio: Math.round((full.perSecond / bare.perSecond) * 100) / 100,
        full_speed_p50_ms: full.p50,
        full_speed_p99_ms: full.p99,
        answered_msgs_per_s: full.acceptedPerSecond,
        cpu_ms_per_mail: cpuPerMail(fullCpu, FULL_SPEED_MAILS),
        bare_cpu_ms_per_mail: cpuPerMail(bare.cpu, FULL_SPEED_MAILS),
        wal_kb_per_mail: full.walKbPerMail,
        bare_wal_kb_per_mail: bare.walKbPerMail,
      });
    }
    const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[
      Math.floor((rounds.length - 1) / 2)
    ] as InboundRound;
    return {
      inbound_msgs_per_s: median.inbound_msgs_per_s,
      bare_inbound_msgs_per_s: median.bare_inbound_msgs_per_s,
      inbound_p50_ms: steady.p50,
      inbound_p99_ms: steady.p99,
      full_speed_p50_ms: median.full_speed_p50_ms,
      full_speed_p99_ms: median.full_speed_p99_ms,
      rounds,
    };
  } finally {
    for (const close of closers.reverse()) await close().catch(() => {});
    sender.kill();
    await handle.db.destroy();
    await database.stop();
  }
}

/** Sends the batch from the child and waits until every mail is a `message_in` row; timings from both. */
async function runThrough(
  db: ReturnType<typeof createDb>['db'],
  sender: ChildProcess,
  port: number,
  mails: { from: string; to: string; messageId: string; raw: string }[],
  ratePerSecond: number,
) {
  const before = await sql<{ id: number }>`SELECT coalesce(max(id), 0)::int AS id FROM case_events`.execute(
    db,
  );
  const eventsBefore = before.rows[0]?.id ?? 0;
  const walBefore = await walPosition(db);
  const sent = await send(sender, {
    type: 'send',
    port,
    mails,
    ratePerSecond,
    connections: SENDER_CONNECTIONS,
  });
  if (sent.failures.length > 0) throw new Error(`sends failed: ${sent.failures.slice(0, 3).join('; ')}`);
  const ids = mails.map((mail) => mail.messageId);
  const deadline = Date.now() + 10 * 60_000;
  // A benchmark, not a test: polling every 100 ms is how it learns the last row landed. The poll
  // counts new rows by the primary key (cheap); the rows themselves are read once, at the end, so
  // the watching does not take the database's time from the work it watches.
  for (let landed = 0; landed < ids.length; ) {
    if (Date.now() > deadline) throw new Error(`only ${landed} of ${ids.length} mails reached a timeline`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const counted = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM case_events WHERE id > ${eventsBefore} AND kind = 'message_in'`.execute(
      db,
    );
    landed = counted.rows[0]?.n ?? 0;
  }
  const walBytes = await walSince(db, walBefore);
  const { rows } = await sql<{ message_id: string; at: Date }>`
    SELECT data->>'messageId' AS message_id, at FROM case_events
    WHERE id > ${eventsBefore} AND kind = 'message_in' AND data->>'messageId' = ANY(${ids}::text[])`.execute(
    db,
  );
  if (rows.length !== ids.length) throw new Error(`${rows.length} of ${ids.length} mails reached a timeline`);
  const at = new Map(rows.map((row) => [row.message_id, row.at.getTime()]));
  const latencies = mails.map((mail, i) => (at.get(mail.messageId) ?? Number.NaN) - (sent.startedAt[i] ?? 0));
  const first = Math.min(...sent.startedAt);
  const last = Math.max(...at.values());
  return {
    ...percentiles(latencies),
    perSecond: Math.round((mails.length / (last - first)) * 1000),
    seconds: (last - first) / 1000,
    /** The senders' view: every 250 heard, first send to last answer. */
    acceptedPerSecond: Math.round((mails.length / (Math.max(...sent.endedAt) - first)) * 1000),
    walKbPerMail: Math.round((walBytes / mails.length / 1024) * 10) / 10,
  };
}

/** Where PostgreSQL's write-ahead log is now, to count what a step wrote to it. */
async function walPosition(db: ReturnType<typeof createDb>['db']): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(db);
  return rows[0]?.lsn ?? '0/0';
}

async function walSince(db: ReturnType<typeof createDb>['db'], lsn: string): Promise<number> {
  const { rows } = await sql<{ bytes: number }>`
    SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), ${lsn}::pg_lsn)::float8 AS bytes`.execute(db);
  return rows[0]?.bytes ?? 0;
}

/** mails/s a bare smtp-server stores (one INSERT of the raw bytes per message, then 250). */
async function measureBare(
  connectionString: string,
  sender: ChildProcess,
  mails: { from: string; to: string; raw: string }[],
  meter: ReturnType<typeof cpuMeter>,
): Promise<{ perSecond: number; seconds: number; cpu: CpuUse; walKbPerMail: number }> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', () => {});
  await pool.query('CREATE TABLE IF NOT EXISTS bare_inbound (id bigserial PRIMARY KEY, raw bytea NOT NULL)');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        pool.query('INSERT INTO bare_inbound (raw) VALUES ($1)', [Buffer.concat(chunks)]).then(
          () => callback(),
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.server.address() as AddressInfo;
    const walBefore = (await pool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]
      ?.lsn;
    meter.start();
    const sent = await send(sender, {
      type: 'send',
      port,
      mails,
      ratePerSecond: 0,
      connections: SENDER_CONNECTIONS,
    });
    if (sent.failures.length > 0)
      throw new Error(`bare sends failed: ${sent.failures.slice(0, 3).join('; ')}`);
    // Measured before the pool ends: its server processes' CPU is lost once they exit.
    const cpu = meter.stop();
    const { rows } = await pool.query<{ bytes: number }>(
      'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn)::float8 AS bytes',
      [walBefore],
    );
    const elapsed = Math.max(...sent.endedAt) - Math.min(...sent.startedAt);
    return {
      perSecond: Math.round((mails.length / elapsed) * 1000),
      seconds: elapsed / 1000,
      cpu,
      walKbPerMail: Math.round(((rows[0]?.bytes ?? 0) / mails.length / 1024) * 10) / 10,
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await pool.end();
  }
}

function send(child: ChildProcess, batch: SendBatch): Promise<SendResult> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the sender exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (reply) => {
      child.off('exit', onExit);
      resolve(reply as SendResult);
    });
    child.send(batch);
  });
}

/** A reply as a mail client writes one: text and HTML, the quoted history below. */
function benchMail(from: string, to: string, messageId: string): string {
  return [
    `From: Customer <${from}>`,
    `To: ${to}`,
    'Subject: Re: Your case',
    `Message-ID: ${messageId}`,
    'Date: Mon, 07 Dec 2026 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Thank you. The replacement arrived today but the lid is cracked as well.',
    'Could you send another one, or refund the order?',
    '',
    'On Mon, 7 Dec 2026 at 09:00, Shop <support@shop.bench> wrote:',
    '> We are sorry about the broken vase. A replacement is on its way.',
    '',
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>Thank you. The replacement arrived today but the lid is cracked as well.</p>',
    '<p>Could you send another one, or refund the order?</p>',
    '<blockquote>We are sorry about the broken vase. A replacement is on its way.</blockquote>',
    '--alt--',
    '',
  ].join('\r\n');
}

/** Cores each process kept busy during the step, and the CPU time it spent per mail. */
function cpuLine(use: CpuUse, mails: number): string {
  return Object.entries(use.groups)
    .map(
      ([group, cores]) =>
        `${group} ${cores.toFixed(2)} cores (${((cores * use.seconds * 1000) / mails).toFixed(2)} ms a mail)`,
    )
    .join(', ');
}

function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: Math.round(at(0.5)), p99: Math.round(at(0.99)) };
}
