/**
 * `npm run bench -- reads`: how fast the console's reads answer with a year or two of a busy team's
 * data (bench/support/seed-year.ts: 300,000 cases, 1.5 million timeline events, 200,000 customers,
 * 1 million rating requests and 650,000 answers, 100,000 mails in blasts of 40,000).
 *
 * 1. A throwaway embedded PostgreSQL, migrated; the data generated in SQL (a few minutes).
 * 2. The real HTTP app (buildApp, requests through `inject`, an admin's API token): each read the
 *    console makes, warmed twice, then timed 20 times one after another.
 * 3. bench/results/reads.json: p50 and p95 per read, its CPU time (app and database: on a shared
 *    machine wall time is mostly waiting for a core), the slowest p50 and the machine's load; a
 *    Markdown table on stdout for the README. Options: --runs=20 --keep (print the connection string
 *    and wait, to EXPLAIN), --data=DIR (keep the database in DIR and, when it already holds the
 *    generated data, time on it again without generating: the data's days are those of its first
 *    run, so reuse it within a day or so), --only=WORDS (time only the reads whose name contains WORDS).
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { createApiToken } from '../src/app/auth/create-api-token.ts';
import { createAppContext } from '../src/app/context.ts';
import { LiveHub } from '../src/app/live/live-hub.ts';
import { buildApp } from '../src/http/app.ts';
import { createDb } from '../src/store/db.ts';
import { buildUser } from '../test/support/factories.ts';
import { startBenchDatabase } from './support/bench-database.ts';
import { readCostMeter } from './support/read-cost.ts';
import { seedYear, VOLUME } from './support/seed-year.ts';

const resultsFile = path.resolve(import.meta.dirname, 'results/reads.json');
const DAY_MS = 24 * 3600 * 1000;

type Read = { name: string; url: string };
type Timed = { name: string; p50_ms: number; p95_ms: number; cpu_ms: number };

function option(args: string[], name: string): string | undefined {
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

/** The reads the console makes, with ids taken from the generated data. */
async function consoleReads(db: ReturnType<typeof createDb>['db'], get: Getter) {
  const { rows: picks } = await sql<{
    team_id: string;
    owner_id: string;
    customer_id: string;
    case_id: string;
    case_number: number;
    blast_id: string;
  }>`
    SELECT (SELECT id FROM teams ORDER BY name LIMIT 1) AS team_id,
           (SELECT owner_id FROM cases WHERE status = 'open' ORDER BY number DESC LIMIT 1) AS owner_id,
           (SELECT customer_id FROM cases GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1) AS customer_id,
           (SELECT id FROM cases ORDER BY number DESC OFFSET 100 LIMIT 1) AS case_id,
           (SELECT number FROM cases ORDER BY number LIMIT 1 OFFSET ${Math.floor(VOLUME.cases / 2)}) AS case_number,
           (SELECT id FROM blasts ORDER BY created_at DESC LIMIT 1) AS blast_id
  `.execute(db);
  const pick = picks[0];
  if (!pick) throw new Error('the generated data has no cases');
  // The tenth page of the inbox, reached as a person would: cursor after cursor.
  let cursor = '';
  for (let page = 1; page < 10; page++) {
    const body = (await get(`/api/v1/cases?limit=50${cursor && `&cursor=${cursor}`}`)).json();
    cursor = body.nextCursor;
  }
  let doneCursor = '';
  for (let page = 1; page < 10; page++) {
    const body = (
      await get(`/api/v1/cases?status=resolved,closed&limit=50${doneCursor && `&cursor=${doneCursor}`}`)
    ).json();
    doneCursor = body.nextCursor;
  }
  const since = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
  const happiness: Read[] = [7, 30, 365].flatMap((days) =>
    (['survey', 'touchpointType', 'team', 'period'] as const).map((groupBy) => ({
      name: `happiness by ${groupBy}, ${days} days`,
      url: `/api/v1/feedback/happiness?groupBy=${groupBy}&from=${since(days)}${groupBy === 'period' && days > 30 ? '&period=week' : ''}`,
    })),
  );
  return [
    { name: 'inbox (default view)', url: '/api/v1/cases?limit=50' },
    { name: 'inbox, 10th page', url: `/api/v1/cases?limit=50&cursor=${cursor}` },
    { name: 'inbox, mine', url: `/api/v1/cases?limit=50&ownerId=${pick.owner_id}` },
    { name: 'inbox, team', url: `/api/v1/cases?limit=50&teamId=${pick.team_id}` },
    { name: 'inbox, open critical+high', url: '/api/v1/cases?limit=50&status=open&severity=critical,high' },
    { name: 'resolved and closed', url: '/api/v1/cases?limit=50&status=resolved,closed' },
    {
      name: 'resolved and closed, 10th page',
      url: `/api/v1/cases?limit=50&status=resolved,closed&cursor=${doneCursor}`,
    },
    {
      name: 'resolved and closed, mine',
      url: `/api/v1/cases?limit=50&status=resolved,closed&ownerId=${pick.owner_id}`,
    },
    {
      name: 'all cases, team',
      url: `/api/v1/cases?limit=50&status=open,acknowledged,resolved,closed&teamId=${pick.team_id}`,
    },
    { name: 'inbox search: title word', url: '/api/v1/cases?limit=50&q=furnace' },
    {
      name: 'all cases search: customer name',
      url: '/api/v1/cases?limit=50&status=open,acknowledged,resolved,closed&q=Yuki%20Sato%2012',
    },
    {
      name: 'all cases search: email',
      url: '/api/v1/cases?limit=50&status=open,acknowledged,resolved,closed&q=maria.garcia1234%40',
    },
    {
      name: 'all cases search: #number',
      url: `/api/v1/cases?limit=50&status=open,acknowledged,resolved,closed&q=%23${pick.case_number}`,
    },
    { name: 'customer picker: "ja"', url: '/api/v1/customers?limit=8&q=ja' },
    { name: 'customer picker: "jane"', url: '/api/v1/customers?limit=8&q=jane' },
    { name: 'customer picker: "jane.doe12"', url: '/api/v1/customers?limit=8&q=jane.doe12' },
    { name: 'customer picker: no match', url: '/api/v1/customers?limit=8&q=zzzzqx' },
    { name: "customer's page: customer", url: `/api/v1/customers/${pick.customer_id}` },
    {
      name: "customer's page: their cases",
      url: `/api/v1/cases?limit=50&status=open,acknowledged,resolved,closed&customerId=${pick.customer_id}`,
    },
    { name: 'case page: case', url: `/api/v1/cases/${pick.case_id}` },
    { name: 'case page: by number', url: `/api/v1/cases/${pick.case_number}` },
    { name: 'case page: timeline', url: `/api/v1/cases/${pick.case_id}/events` },
    { name: 'feedback list', url: '/api/v1/feedback?limit=50' },
    ...happiness,
    { name: 'blasts list', url: '/api/v1/blasts' },
    { name: 'a blast', url: `/api/v1/blasts/${pick.blast_id}` },
    { name: 'outbox', url: '/api/v1/outbox?limit=100' },
    { name: 'outbox, by blast', url: `/api/v1/outbox?limit=100&blastId=${pick.blast_id}` },
    { name: 'outbox, failed', url: '/api/v1/outbox?limit=100&status=failed' },
    { name: 'audit log', url: '/api/v1/audit?limit=50' },
  ] satisfies Read[];
}

type Getter = (url: string) => Promise<LightMyRequestResponse>;

function percentile(sorted: number[], q: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return Math.round(value * 10) / 10;
}

export async function main(args: string[]): Promise<void> {
  const runs = Number(option(args, 'runs') ?? 20);
  const only = option(args, 'only');
  const database = await startBenchDatabase(option(args, 'data'));
  const seeding = createDb(database.connectionString, { max: 1 });
  const live = new LiveHub();
  const handle = createDb(database.connectionString, { max: 4 });
  try {
    const { rows: seeded } = await sql<{ cases: number }>`SELECT count(*)::int AS cases FROM cases`.execute(
      seeding.db,
    );
    if ((seeded[0]?.cases ?? 0) > 0) {
      console.log(`Timing on the data already generated in ${option(args, 'data')}.`);
      await sql`VACUUM ANALYZE`.execute(seeding.db);
    } else {
      console.log('Generating the data:');
      await seedYear(seeding.db, new Date(), console.log);
    }
    await seeding.db.destroy();

    const ctx = await createAppContext({
      database: handle,
      sessionDays: 14,
      publicUrl: 'http://amends.bench',
    });
    await live.start(database.connectionString);
    const app = await buildApp({ ctx, live, clicksPerMinute: false });
    await app.ready();
    const admin = await buildUser(ctx, { role: 'admin' });
    const { secret } = await createApiToken(
      ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      { name: 'bench' },
    );
    const get: Getter = (url) =>
      app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });

    const reads = (await consoleReads(handle.db, get)).filter((read) => !only || read.name.includes(only));
    const timed: Timed[] = [];
    const loadStart = os.loadavg()[0];
    const cost = readCostMeter(async () => {
      const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db);
      return rows[0]?.pid ?? 0;
    });
    console.log(
      `\nTiming ${reads.length} reads, ${runs} runs each (p50 / p95 ms; CPU per read, app and database):`,
    );
    for (const read of reads) {
      for (let warm = 0; warm < 2; warm++) {
        const response = await get(read.url);
        if (response.statusCode !== 200)
          throw new Error(`${read.name}: ${response.statusCode} ${response.body}`);
      }
      const samples: number[] = [];
      await cost.start();
      for (let run = 0; run < runs; run++) {
        const started = performance.now();
        await get(read.url);
        samples.push(performance.now() - started);
      }
      const cpu = Math.round((cost.stop() / runs) * 10) / 10;
      samples.sort((a, b) => a - b);
      const result = {
        name: read.name,
        p50_ms: percentile(samples, 0.5),
        p95_ms: percentile(samples, 0.95),
        cpu_ms: cpu,
      };
      timed.push(result);
      console.log(`  ${read.name}: ${result.p50_ms} / ${result.p95_ms} ms, ${cpu} ms CPU`);
    }
    const slowest = timed.reduce((a, b) => (b.p50_ms > a.p50_ms ? b : a));
    const result = {
      cases: VOLUME.cases,
      slowest_read: slowest.name,
      slowest_p50_ms: slowest.p50_ms,
      runs,
      // The machine's load while timing (1-minute average at start and end, and its CPUs): figures
      // from a busy machine are not those of an idle one.
      load: { start: loadStart, end: os.loadavg()[0], cpus: os.cpus().length },
      reads: timed,
    };
    // A run of some reads only is for looking at them, not the figures of record.
    if (!only) writeFileSync(resultsFile, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\n| Read | p50 ms | p95 ms | CPU ms |\n|---|---:|---:|---:|`);
    for (const r of timed) console.log(`| ${r.name} | ${r.p50_ms} | ${r.p95_ms} | ${r.cpu_ms} |`);
    console.log(
      `\nSlowest: ${slowest.name}, p50 ${slowest.p50_ms} ms.${only ? '' : ` Written to ${resultsFile}.`}`,
    );
    if (args.includes('--keep')) {
      console.log(`\nKept for EXPLAIN: psql ${database.connectionString} — Ctrl-C to end.`);
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
    await app.close();
  } finally {
    await live.stop();
    await handle.db.destroy();
    await database.stop();
  }
}
