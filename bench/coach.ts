/**
 * `npm run bench -- coach`: how fast the message coach answers while the console types.
 *
 * The real HTTP app in a child process (bench/support/coach-server-process.ts) on a throwaway
 * embedded PostgreSQL. Agents type: each keeps a 2,000-character draft to a customer of their own,
 * changes the last sentence per keystroke burst (the composer asks after ~250 ms without typing; the
 * sentences before it are the same as last time, as when a person types), and on every burst sends
 * `POST /api/v1/coach` for its case and, in the same moment in random order, the same body to a bare
 * route on the same server (authentication and JSON parsing, no coach): the bare route is the floor
 * the machine gives any request at that moment. Each step runs a number of agents for a while.
 *
 * bench/results/coach.json: p50/p99/max of each route per step, the server's CPU time per request,
 * the machine's load average before and after; and first, one request at a time, each route's server
 * CPU per request (what the coach itself costs, apart from waiting for a core on a shared machine).
 * Options: --seconds=20 --agents=4,12,24 --serial=300.
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startBenchDatabase } from './support/bench-database.ts';
import type { CoachServerReply, CoachServerRequest } from './support/coach-server-process.ts';
import { mergeResults } from './support/results.ts';

const resultsFile = path.resolve(import.meta.dirname, 'results/coach.json');
const DRAFT_CHARS = 2000;
/** The composer's debounce: a burst of typing, then a pause of about this long, then a request. */
const BURST_MS = 250;

function option(args: string[], name: string): string | undefined {
  return args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

function ask(child: ChildProcess, message: CoachServerRequest): Promise<CoachServerReply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the server exited (${code}) mid-request`));
    child.once('exit', onExit);
    child.once('message', (reply) => {
      child.off('exit', onExit);
      resolve(reply as CoachServerReply);
    });
    child.send(message);
  });
}

/** Sentences an agent writes, good and bad, so every rule of the coach has work to do. */
const SENTENCES = [
  'Hi Sam, I am so sorry your order arrived damaged.',
  'You should have read the assembly instructions before starting.',
  'I have asked our warehouse to send a replacement today.',
  'Unfortunately there is nothing I can do about the delivery fee.',
  'It will arrive on Friday by 5pm.',
  'This was our mistake and we will put it right.',
  'As I told you before, the warranty does not cover water damage.',
  'I will update you tomorrow morning with the tracking number.',
  'Thank you for your patience while we look into this.',
  'The refund of $45.20 for order #48213 is on its way.',
  'Please reply to this email if anything else comes up.',
  'Our courier had a difficult week with the weather in the north.',
];

/**
 * Agent `agent`'s draft after `typed` bursts: 2,000 characters of sentences of their own (each
 * names the agent's customer, so no two agents share a sentence), the last one still being typed.
 */
function draftOf(agent: number, typed: number): string {
  const customer = `Customer${agent}`;
  let text = '';
  for (let index = agent; text.length < DRAFT_CHARS - 40; index++) {
    text += `${SENTENCES[index % SENTENCES.length]!.replace(/\.$/, `, ${customer}.`)} `;
  }
  const typing = `I will write again when I know more ${'more '.repeat(typed % 8)}`;
  return `${text}${typing}`.slice(0, DRAFT_CHARS).padEnd(DRAFT_CHARS, '.');
}

function percentile(sorted: number[], q: number): number {
  const value = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return Math.round(value * 10) / 10;
}
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50_ms: percentile(sorted, 0.5),
    p99_ms: percentile(sorted, 0.99),
    max_ms: percentile(sorted, 1),
  };
};

type Step = { agents: number; coach: number[]; bare: number[]; errors: number; serverCpuMs: number };

async function runStep(
  server: ChildProcess,
  target: { url: string; token: string; caseId: string },
  agents: number,
  seconds: number,
): Promise<Step> {
  const coach: number[] = [];
  const bare: number[] = [];
  let errors = 0;
  const post = async (route: string, body: string, into: number[]) => {
    const startedAt = performance.now();
    const response = await fetch(`${target.url}${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      body,
    });
    await response.arrayBuffer();
    if (response.status !== 200) errors++;
    else into.push(performance.now() - startedAt);
  };
  const cpuBefore = await ask(server, { type: 'cpu' });
  const endAt = performance.now() + seconds * 1000;
  const agent = async (index: number) => {
    let burst = 0;
    // Agents start spread over one burst, not all at once.
    await new Promise((resolve) => setTimeout(resolve, (BURST_MS * index) / agents));
    while (performance.now() < endAt) {
      const startedAt = performance.now();
      const text = draftOf(index, burst);
      burst++;
      const body = JSON.stringify({ text, caseId: target.caseId, channel: 'email' });
      const calls = [() => post('/api/v1/coach', body, coach), () => post('/api/v1/bench-bare', body, bare)];
      if (Math.random() < 0.5) calls.reverse();
      await Promise.all(calls.map((call) => call().catch(() => errors++)));
      // The next burst comes a debounce after this one began, or at once when the answer was slower.
      const wait = BURST_MS * (0.6 + Math.random() * 0.8) - (performance.now() - startedAt);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  };
  await Promise.all(Array.from({ length: agents }, (_, index) => agent(index)));
  const cpuAfter = await ask(server, { type: 'cpu' });
  const serverCpuMs =
    cpuBefore.type === 'cpu' && cpuAfter.type === 'cpu' ? cpuAfter.ms - cpuBefore.ms : Number.NaN;
  return { agents, coach, bare, errors, serverCpuMs };
}

/**
 * One request at a time, coach then bare, each route's own batch: the server's CPU per request of
 * each route (process CPU over the batch) and its latency when nothing of ours queues before it.
 * Every draft is another agent's, so no sentence was read before: the coach's cold cost.
 */
async function runSerial(
  server: ChildProcess,
  target: { url: string; token: string; caseId: string },
  count: number,
) {
  const measure = async (route: string) => {
    const times: number[] = [];
    const before = await ask(server, { type: 'cpu' });
    for (let index = 0; index < count; index++) {
      const body = JSON.stringify({
        text: draftOf(1000 + index, 0),
        caseId: target.caseId,
        channel: 'email',
      });
      const startedAt = performance.now();
      const response = await fetch(`${target.url}${route}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
        body,
      });
      await response.arrayBuffer();
      if (response.status === 200) times.push(performance.now() - startedAt);
    }
    const after = await ask(server, { type: 'cpu' });
    const cpu = before.type === 'cpu' && after.type === 'cpu' ? (after.ms - before.ms) / count : Number.NaN;
    return { ...summary(times), server_cpu_ms_per_request: Math.round(cpu * 100) / 100 };
  };
  return { coach: await measure('/api/v1/coach'), bare: await measure('/api/v1/bench-bare') };
}

export async function main(args: string[]): Promise<void> {
  const seconds = Number(option(args, 'seconds') ?? 20);
  const steps = (option(args, 'agents') ?? '4,12,24').split(',').map(Number);
  const loadBefore = os.loadavg();
  const database = await startBenchDatabase();
  const server = fork(path.join(import.meta.dirname, 'support/coach-server-process.ts'), {
    stdio: 'inherit',
  });
  try {
    const started = await ask(server, { type: 'start', connectionString: database.connectionString });
    if (started.type !== 'started') throw new Error(`the server did not start: ${JSON.stringify(started)}`);
    // Warm up: the NLP model loads on the first draft, and V8 compiles the rules.
    await runStep(server, started, 2, 3);
    const serial = await runSerial(server, started, Number(option(args, 'serial') ?? 300));
    const serialLoad = Math.round(os.loadavg()[0]! * 10) / 10;
    console.log(
      `one at a time: coach p50 ${serial.coach.p50_ms} ms, p99 ${serial.coach.p99_ms} ms, ${serial.coach.server_cpu_ms_per_request} ms CPU · bare p50 ${serial.bare.p50_ms} ms, p99 ${serial.bare.p99_ms} ms, ${serial.bare.server_cpu_ms_per_request} ms CPU`,
    );
    const results = [];
    for (const agents of steps) {
      const step = await runStep(server, started, agents, seconds);
      const requests = step.coach.length + step.bare.length;
      const row = {
        agents,
        seconds,
        coach: summary(step.coach),
        bare: summary(step.bare),
        errors: step.errors,
        server_cpu_ms_per_request: Math.round((step.serverCpuMs / Math.max(1, requests)) * 100) / 100,
        load_average_1m: Math.round(os.loadavg()[0]! * 10) / 10,
      };
      results.push(row);
      console.log(
        `${agents} agents: coach p50 ${row.coach.p50_ms} ms, p99 ${row.coach.p99_ms} ms (${row.coach.requests}) · bare p50 ${row.bare.p50_ms} ms, p99 ${row.bare.p99_ms} ms · errors ${row.errors} · load ${row.load_average_1m}`,
      );
    }
    mergeResults(resultsFile, {
      command: `npm run bench -- coach${args.length ? ` ${args.join(' ')}` : ''}`,
      measured_at: new Date().toISOString().slice(0, 10),
      node: process.version,
      machine: {
        cores: os.cpus().length,
        load_average_before: loadBefore.map((load) => Math.round(load * 10) / 10),
      },
      draft_chars: DRAFT_CHARS,
      burst_ms: BURST_MS,
      budget: 'p99 under 50 ms for a 2,000-character draft',
      one_at_a_time: { ...serial, load_average_1m: serialLoad },
      steps: results,
    });
    console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}`);
  } finally {
    if (server.exitCode === null) await ask(server, { type: 'close' }).catch(() => undefined);
    server.kill();
    await database.stop();
  }
}
