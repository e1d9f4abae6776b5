/**
 * `npm run bench -- mail`: how fast the outbox sends, beside a bare pooled nodemailer sending the
 * same mails to the same SMTP peer (the issue aims at ≥ 70 % of it); then how fast mail comes in,
 * beside a bare smtp-server that only stores the raw bytes (≥ 50 %, p99 under 1 s at 50 mails/s:
 * bench/support/inbound-mail.ts, also run alone by `npm run bench -- mail-in`).
 *
 * 1. A throwaway embedded PostgreSQL (fsync on), migrated; a survey blast of N recipients, uploaded
 *    and prepared through the app: N queued survey emails with their send jobs.
 * 2. An SMTP peer in another process (smtp-server: reads each message to its end, counts it).
 * 3. The outbox: the real worker (graphile-worker, its default concurrency, the mailer's pool of 4)
 *    sends the N emails — claim, suppression check, compose, keep, hand-off, record, per mail; the
 *    peer must count N distinct Message-IDs.
 * 4. Bare: nodemailer's pooled transport (4 connections, as the mailer's) sends the very mails the
 *    outbox kept (From, To, subject, text, HTML, headers, Message-ID), all queued at once.
 * Both rates are the peer's: N − 1 over the time from the first mail it took to the last (so the
 * worker's start-up is not counted); the wall times from the start are written beside them.
 * After an uncounted warm-up, rounds (3 by default) of both, each on a new blast and after a
 * CHECKPOINT; the round with the median ratio gives outbox_msgs_per_s and bare_send_msgs_per_s, written
 * with their ratio and every round into bench/results/mail.json (other keys there are kept). Options: --mails=2000 --rounds=3 --concurrency=<worker jobs, default the worker's>
 *
 * Inbound, in its own throwaway database: mails to cases' reply addresses sent by another process
 * through our SMTP listener, at a steady 50/s (p50, p99 from each send's start to its timeline row)
 * and in rounds at full speed, each beside the bare server; inbound_msgs_per_s, bare_inbound_msgs_per_s
 * and inbound_p99_ms are written to mail.json beside the outbound figures. --no-inbound skips it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createTransport } from 'nodemailer';
import { prepareBlast } from '../src/app/blasts/prepare-blast.ts';
import { startBlast } from '../src/app/blasts/start-blast.ts';
import { createAppContext } from '../src/app/context.ts';
import { startWorker } from '../src/jobs/worker.ts';
import { createMailer } from '../src/mail/out/mailer.ts';
import { createDb } from '../src/store/db.ts';
import { buildSurvey } from '../test/support/blasts.ts';
import { startBenchDatabase } from './support/bench-database.ts';
import { cpuMeter, cpuPerMail } from './support/cpu.ts';
import { measureInbound } from './support/inbound-mail.ts';
import { mergeResults } from './support/results.ts';
import type { SinkReply, SinkRequest } from './support/smtp-sink-process.ts';

const resultsFile = path.resolve(import.meta.dirname, 'results/mail.json');
const FROM = { name: 'Example Shop', address: 'surveys@shop.example' };
/** The mailer's pool (src/mail/out/mailer.ts): the bare sender gets as many connections. */
const POOL_SIZE = 4;
/** The uncounted first round. */
const WARM_UP_MAILS = 300;

function startSink(): {
  child: ChildProcess;
  ask(request: SinkRequest): Promise<SinkReply>;
  next(): Promise<SinkReply>;
} {
  const child = fork(path.join(import.meta.dirname, 'support/smtp-sink-process.ts'), { stdio: 'inherit' });
  const next = () =>
    new Promise<SinkReply>((resolve) => child.once('message', (reply) => resolve(reply as SinkReply)));
  return {
    child,
    next,
    ask(request) {
      const reply = next();
      child.send(request);
      return reply;
    },
  };
}

type Round = {
  outboxRate: number;
  bareRate: number;
  outboxWall: number;
  bareWall: number;
  outboxCpu: Record<string, number>;
  bareCpu: Record<string, number>;
};

export async function main(args: string[]): Promise<void> {
  const option = (name: string, fallback: number) =>
    Number(args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
  const mails = option('mails', 2000);
  const rounds = option('rounds', 3);
  const concurrency = option('concurrency', 0) || undefined;
  if (!Number.isInteger(mails) || mails < 100 || !Number.isInteger(rounds) || rounds < 1)
    throw new Error('Options: --mails=<n ≥ 100> --rounds=<n ≥ 1> [--concurrency=<worker jobs>]');
  const started = performance.now();
  console.log('▶ Starting a throwaway embedded PostgreSQL and migrating…');
  const database = await startBenchDatabase();
  const handle = createDb(database.connectionString);
  const sink = startSink();
  try {
    const ctx = await createAppContext({
      database: handle,
      sessionDays: 14,
      publicUrl: 'https://amends.example.com',
    });
    const peer = await sink.ask({ type: 'start' });
    if (peer.type !== 'started') throw new Error('the SMTP peer did not start');
    const survey = await buildSurvey(ctx);
    const results: Round[] = [];
    // Several rounds, each outbox then bare, so a burst of load on the shared machine moves one round, not the figure.
    // Round 0 warms up (JIT, connections, caches) with a small blast and is not counted.
    for (let round = 0; round <= rounds; round++) {
      const size = round === 0 ? WARM_UP_MAILS : mails;
      console.log(
        round === 0
          ? `▶ Warm-up: ${size} mails each way…`
          : `▶ Round ${round}: a blast of ${mails} recipients, uploaded and prepared through the app…`,
      );
      const blast = await startBlast(ctx, undefined, {
        surveyId: survey.id,
        recipients: Array.from({ length: size }, (_, i) => ({
          line: i + 2,
          email: `customer-${i}@round-${round}.example.test`,
          name: `Customer ${i}`,
        })),
      });
      await prepareBlast(ctx, blast.blast.id);
      // Each phase starts with nothing left to flush, so one's writes do not slow the next down.
      await sql`CHECKPOINT`.execute(handle.db);

      sink.child.send({ type: 'reset', target: size } satisfies SinkRequest);
      const mailer = createMailer({ smtpUrl: peer.url, from: FROM });
      const meter = cpuMeter({ amends: process.pid, peer: sink.child.pid ?? 0 });
      const reachedOutbox = sink.next();
      meter.start();
      const outboxStart = performance.now();
      const worker = await startWorker(ctx, { mailer, ...(concurrency && { concurrency }) });
      const outboxDone = await reachedOutbox;
      const outboxWall = (performance.now() - outboxStart) / 1000;
      const outboxCpu = meter.stop();
      await worker.stop();
      await mailer.close();
      if (outboxDone.type !== 'reached' || outboxDone.messageIds !== size)
        throw new Error(`the peer counted ${JSON.stringify(outboxDone)}, not ${size} distinct mails`);
      const kept = await handle.db
        .selectFrom('outbound_emails')
        .select([
          'status',
          'to_address',
          'to_name',
          'from_name',
          'from_address',
          'subject',
          'text_body',
          'html_body',
          'headers',
          'message_id',
          'composed_at',
        ])
        .where('blast_id', '=', blast.blast.id)
        .execute();
      const notSent = kept.filter((email) => email.status !== 'sent').length;
      if (notSent > 0) throw new Error(`${notSent} emails are not recorded sent`);

      await sql`CHECKPOINT`.execute(handle.db);
      const transport = createTransport({ url: peer.url, pool: true, maxConnections: POOL_SIZE });
      const reachedBare = sink.next();
      sink.child.send({ type: 'reset', target: size } satisfies SinkRequest);
      meter.start();
      const bareStart = performance.now();
      await Promise.all(
        kept.map((email) =>
          transport.sendMail({
            from: { name: email.from_name ?? '', address: email.from_address ?? FROM.address },
            to: { name: email.to_name ?? '', address: email.to_address },
            subject: email.subject ?? '',
            text: email.text_body ?? '',
            html: email.html_body ?? '',
            headers: email.headers,
            messageId: email.message_id ?? undefined,
            ...(email.composed_at && { date: email.composed_at }),
          }),
        ),
      );
      const bareDone = await reachedBare;
      const bareWall = (performance.now() - bareStart) / 1000;
      const bareCpu = meter.stop();
      transport.close();
      if (bareDone.type !== 'reached') throw new Error('the peer did not count the bare sends');
      // The peer's view, first mail to last: what each sender sustains, without the worker's start-up.
      const result = {
        outboxRate: Math.round(((size - 1) * 1000) / outboxDone.spanMs),
        bareRate: Math.round(((size - 1) * 1000) / bareDone.spanMs),
        outboxWall,
        bareWall,
        outboxCpu: cpuPerMail(outboxCpu, size),
        bareCpu: cpuPerMail(bareCpu, size),
      };
      if (round > 0) results.push(result);
      console.log(
        `  outbox ${result.outboxRate} mails/s (${outboxWall.toFixed(2)} s from the worker's start), bare pooled nodemailer ${result.bareRate} mails/s: ${Math.round((result.outboxRate / result.bareRate) * 100)} %`,
      );
      console.log(
        `    CPU ms a mail, outbox: ${cpuText(result.outboxCpu)}; bare: ${cpuText(result.bareCpu)}`,
      );
    }
    // The median round by its ratio (not medians of each rate, which may come from different rounds).
    const byRatio = [...results].sort((x, y) => x.outboxRate / x.bareRate - y.outboxRate / y.bareRate);
    const middle = byRatio[Math.floor((byRatio.length - 1) / 2)] as Round;
    const { outboxRate, bareRate } = middle;
    const ratio = Math.round((outboxRate / bareRate) * 100) / 100;
    console.log(
      `\n  median round of ${rounds}: outbox ${outboxRate} mails/s, bare ${bareRate} mails/s → ${Math.round(ratio * 100)} % (aim: ≥ 70 %)`,
    );
    mergeResults(resultsFile, {
      command: `npm run bench -- mail ${args.join(' ')}`.trim(),
      mails,
      rounds,
      outbox_msgs_per_s: outboxRate,
      bare_send_msgs_per_s: bareRate,
      outbox_to_bare: ratio,
      outbound_rounds: results.map((r) => ({
        outbox_msgs_per_s: r.outboxRate,
        bare_send_msgs_per_s: r.bareRate,
        outbox_wall_seconds: Math.round(r.outboxWall * 100) / 100,
        bare_wall_seconds: Math.round(r.bareWall * 100) / 100,
        outbox_cpu_ms_per_mail: r.outboxCpu,
        bare_cpu_ms_per_mail: r.bareCpu,
      })),
      machine: { cores: os.availableParallelism(), node: process.version },
      outbound_load: loadAverage(),
      outbound_run_seconds: Math.round((performance.now() - started) / 100) / 10,
    });
  } finally {
    sink.child.kill();
    await handle.db.destroy();
    await database.stop();
  }
  if (!args.includes('--no-inbound')) {
    console.log('\n▶ Inbound mail, SMTP DATA → threaded timeline row (its own database)');
    const inboundStarted = performance.now();
    const inbound = await measureInbound({ log: console.log });
    const inboundRatio =
      Math.round((inbound.inbound_msgs_per_s / inbound.bare_inbound_msgs_per_s) * 100) / 100;
    console.log(
      `\n  median round of ${inbound.rounds.length}: ${inbound.inbound_msgs_per_s} mails/s threaded, bare ${inbound.bare_inbound_msgs_per_s} mails/s → ${Math.round(inboundRatio * 100)} % (aim: ≥ 50 %); at 50 mails/s p50 ${inbound.inbound_p50_ms} ms, p99 ${inbound.inbound_p99_ms} ms (aim: < 1,000 ms)`,
    );
    mergeResults(resultsFile, {
      inbound_msgs_per_s: inbound.inbound_msgs_per_s,
      bare_inbound_msgs_per_s: inbound.bare_inbound_msgs_per_s,
      inbound_p99_ms: inbound.inbound_p99_ms,
      inbound_p50_ms: inbound.inbound_p50_ms,
      inbound_to_bare: inboundRatio,
      inbound_full_speed_p50_ms: inbound.full_speed_p50_ms,
      inbound_full_speed_p99_ms: inbound.full_speed_p99_ms,
      inbound_rounds: inbound.rounds,
      inbound_load: loadAverage(),
      inbound_run_seconds: Math.round((performance.now() - inboundStarted) / 100) / 10,
    });
  }
  console.log('\n✔ bench/results/mail.json written.');
}

function cpuText(perMail: Record<string, number>): string {
  return Object.entries(perMail)
    .map(([group, ms]) => `${group} ${ms}`)
    .join(', ');
}

/** The machine's load average (1, 5, 15 minutes): it is shared, and the figures move with it. */
function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
}
