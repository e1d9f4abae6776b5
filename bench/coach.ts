/**
 * `npm run bench -- coach`: how fast the message coach answers while the console types.
 *
 * The real HTTP app in a child process (bench/support/coach-server-process.ts) on a throwaway
 * embedded PostgreSQL. Agents type as the composer (web/src/hooks/use-coach.ts) asks: each keeps a
 * 2,000-character draft to a customer of their own and types its last sentence a burst of keystrokes
 * at a time; the composer asks 250 ms after the last keystroke, so each agent sends one
 * `POST /api/v1/coach` per burst, and the next burst's words are a new text the coach has not read
 * (the sentences before it are the same as last time, as when a person types). In the same moment,
 * in random order, the same body goes to a bare route on the same server (authentication and JSON
 * parsing, no coach): the bare route is the floor the machine gives any request at that moment.
 * Each step runs a number of agents for a while.
 *
 * bench/results/coach.json: p50/p99/max of each route per step, the server's CPU time per request,
 * the machine's load average before and after; and first, one request at a time, each route's server
 * CPU per request (what the coach itself costs, apart from waiting for a core on a shared machine).
 * Options: --seconds=20 --agents=4,12,24 --serial=300, and --profile=<dir> to write the server's
 * CPU profile there (node --cpu-prof).
 */
import { type ChildProcess, fork } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { startBenchDatabase } from './support/bench-database.ts';
import type { CoachServerReply, CoachServerRequest } from './support/coach-server-process.ts';
import { mergeResults } from './support/results.ts';

const resultsFile = path.resolve(import.meta.dirname, 'results/coach.json');
const DRAFT_CHARS = 2000;
/** The composer's debounce (web/src/hooks/use-coach.ts): it asks this long after the last keystroke. */
const PAUSE_MS = 250;
/** A fast typist (~120 words a minute): a keystroke every ~100 ms, 1–3 keystrokes between pauses. */
const KEYSTROKE_MS = 100;
const BURST_KEYSTROKES = 3;
/** Characters a keystroke adds (a word-completing burst is a few characters). */
const CHARS_PER_KEYSTROKE = 3;

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

/** Agent `agent`'s `index`th sentence, naming their customer. */
const sentenceOf = (agent: number, index: number) =>
  SENTENCES[index % SENTENCES.length]!.replace(/\.$/, `, Customer${agent}.`);
/** Room left at the end of the draft for the sentence being typed. */
const TYPED_AT_MOST = Math.max(...SENTENCES.map((sentence) => sentence.length)) + ', Customer1000.'.length;

/**
 * Agent `agent`'s draft after `typed` characters of its last sentence: sentences of their own (each
 * names the agent's customer, so no two agents share one), then the sentence being typed, whole
 * sentences cycling as they are finished. Spaces after the last sentence make it 2,000 characters
 * whatever has been typed, so every draft the server reads is the same length.
 */
function draftOf(agent: number, typed: number): string {
  let text = '';
  for (let index = agent; ; index++) {
    const next = `${sentenceOf(agent, index)} `;
    if (text.length + next.length > DRAFT_CHARS - TYPED_AT_MOST) break;
    text += next;
  }
  let sentence = 0;
  let left = typed;
  while (left > sentenceOf(agent, agent + 5 + sentence).length) {
    left -= sentenceOf(agent, agent + 5 + sentence).length + 1;
    sentence++;
  }
  const typing = sentenceOf(agent, agent + 5 + sentence).slice(0, Math.max(1, left));
  return `${text}${typing}`.padEnd(DRAFT_CHARS, ' ').slice(0, DRAFT_CHARS);
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
    const answers: Promise<unknown>[] = [];
    const burst = () => 1 + Math.floor(Math.random() * BURST_KEYSTROKES);
    let keystrokes = burst();
    let typed = 0;
    // Agents start spread over one pause, not all at once.
    await new Promise((resolve) => setTimeout(resolve, (PAUSE_MS * index) / agents));
    while (performance.now() < endAt) {
      typed += keystrokes * CHARS_PER_KEYSTROKE;
      const body = JSON.stringify({ text: draftOf(index, typed), caseId: target.caseId, channel: 'email' });
      const calls = [() => post('/api/v1/coach', body, coach), () => post('/api/v1/bench-bare', body, bare)];
      if (Math.random() < 0.5) calls.reverse();
      answers.push(Promise.all(calls.map((call) => call().catch(() => errors++))));
      // The agent types on while the answer is on its way (the composer never waits for the coach):
      // the next burst, then the composer's pause, then the next request, however slow this answer.
      keystrokes = burst();
      await new Promise((resolve) => setTimeout(resolve, keystrokes * KEYSTROKE_MS + PAUSE_MS));
    }
    await Promise.all(answers);
  };
  await Promise.all(Array.from({ length: agents }, (_, index) => agent(index)));
  const cpuAfter = await ask(server, { type: 'cpu' });
  const serverCpuMs =
    cpuBefore.type === 'cpu' && cpuAfter.type === 'cpu' ? cpuAfter.ms - cpuBefore.ms : Number.NaN;
  return { agents, coach, bare, errors, serverCpuMs };
}

/**
 * One request at a time: the server's CPU per request of each route (process CPU over a batch) and
 * its latency when nothing of ours queues before it. The routes take turns in batches of 25, so a
 * change in the machine's load falls on all alike. Every draft is another agent's, so no sentence
 * was read before: the coach's cold cost. The coach also runs without a case (no database query),
 * which tells its reading of the draft from its reading of the case.
 */
async function runSerial(
  server: ChildProcess,
  target: { url: string; token: string; caseId: string },
  count: number,
) {
  const BATCH = 25;
  const names = ['coach', 'coach_without_case', 'bare'] as const;
  type Name = (typeof names)[number];
  const routes = { coach: '/api/v1/coach', coach_without_case: '/api/v1/coach', bare: '/api/v1/bench-bare' };
  const times: Record<Name, number[]> = { coach: [], coach_without_case: [], bare: [] };
  const cpuMs: Record<Name, number> = { coach: 0, coach_without_case: 0, bare: 0 };
  for (let sent = 0; sent < count; sent += BATCH) {
    for (const name of names) {
      const before = await ask(server, { type: 'cpu' });
      for (let index = sent; index < Math.min(count, sent + BATCH); index++) {
        const withCase = name !== 'coach_without_case';
        const body = JSON.stringify({
          // Drafts of agents of their own: none of the other batch's sentences read before.
          text: draftOf(withCase ? 1000 + index : 1000 + count + index, 0),
          ...(withCase && { caseId: target.caseId }),
          channel: 'email',
        });
        const startedAt = performance.now();
        const response = await fetch(`${target.url}${routes[name]}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
          body,
        });
        await response.arrayBuffer();
        if (response.status === 200) times[name].push(performance.now() - startedAt);
      }
      const after = await ask(server, { type: 'cpu' });
      cpuMs[name] += before.type === 'cpu' && after.type === 'cpu' ? after.ms - before.ms : Number.NaN;
    }
  }
  const figures = (name: Name) => ({
    ...summary(times[name]),
    server_cpu_ms_per_request: Math.round((cpuMs[name] / count) * 100) / 100,
  });
  return {
    coach: figures('coach'),
    coach_without_case: figures('coach_without_case'),
    bare: figures('bare'),
  };
}

export async function main(args: string[]): Promise<void> {
  const seconds = Number(option(args, 'seconds') ?? 20);
  const steps = (option(args, 'agents') ?? '4,12,24').split(',').map(Number);
  const loadBefore = os.loadavg();
  const database = await startBenchDatabase();
  const profile = option(args, 'profile');
  const server = fork(path.join(import.meta.dirname, 'support/coach-server-process.ts'), {
    stdio: 'inherit',
    execArgv: profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(profile)}`] : [],
  });
  try {
    const started = await ask(server, { type: 'start', connectionString: database.connectionString });
    if (started.type !== 'started') throw new Error(`the server did not start: ${JSON.stringify(started)}`);
    // Warm up: the NLP model loads on the first draft, and V8 compiles the rules.
    await runStep(server, started, 2, 3);
    const serialLoadBefore = Math.round(os.loadavg()[0]! * 10) / 10;
    const serial = await runSerial(server, started, Number(option(args, 'serial') ?? 300));
    const serialLoad = Math.round(os.loadavg()[0]! * 10) / 10;
    console.log(
      `one at a time: coach p50 ${serial.coach.p50_ms} ms, p99 ${serial.coach.p99_ms} ms, ${serial.coach.server_cpu_ms_per_request} ms CPU · without a case ${serial.coach_without_case.p50_ms} / ${serial.coach_without_case.p99_ms} ms, ${serial.coach_without_case.server_cpu_ms_per_request} ms CPU · bare p50 ${serial.bare.p50_ms} ms, p99 ${serial.bare.p99_ms} ms, ${serial.bare.server_cpu_ms_per_request} ms CPU · load ${serialLoadBefore} → ${serialLoad}`,
    );
    const results = [];
    for (const agents of steps) {
      const loadAtStart = Math.round(os.loadavg()[0]! * 10) / 10;
      const step = await runStep(server, started, agents, seconds);
      const requests = step.coach.length + step.bare.length;
      const row = {
        agents,
        seconds,
        coach: summary(step.coach),
        bare: summary(step.bare),
        errors: step.errors,
        server_cpu_ms_per_request: Math.round((step.serverCpuMs / Math.max(1, requests)) * 100) / 100,
        load_average_1m_before: loadAtStart,
        load_average_1m: Math.round(os.loadavg()[0]! * 10) / 10,
      };
      results.push(row);
      console.log(
        `${agents} agents: coach p50 ${row.coach.p50_ms} ms, p99 ${row.coach.p99_ms} ms (${row.coach.requests}) · bare p50 ${row.bare.p50_ms} ms, p99 ${row.bare.p99_ms} ms · errors ${row.errors} · load ${row.load_average_1m_before} → ${row.load_average_1m}`,
      );
    }
    mergeResults(resultsFile, {
      command: `npm run bench -- coach${args.length ? ` ${args.join(' ')}` : ''}`,
      measured_at: new Date().toISOString().slice(0, 10),
      node: process.version,
      machine: {
        cores: os.cpus().length,
        // An object, not an array: the formatter would fold a short array onto one line.
        load_average_before: Object.fromEntries(
          ['1m', '5m', '15m'].map((span, i) => [span, Math.round((loadBefore[i] ?? 0) * 10) / 10]),
        ),
      },
      draft_chars: DRAFT_CHARS,
      pause_ms: PAUSE_MS,
      typing: `${CHARS_PER_KEYSTROKE} characters a keystroke, one every ${KEYSTROKE_MS} ms, 1–${BURST_KEYSTROKES} keystrokes between pauses`,
      budget: 'p99 under 50 ms for a 2,000-character draft',
      one_at_a_time: { ...serial, load_average_1m_before: serialLoadBefore, load_average_1m: serialLoad },
      steps: results,
    });
    console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}`);
  } finally {
    if (server.exitCode === null) await ask(server, { type: 'close' }).catch(() => undefined);
    // A profile is written when the server exits by itself: let it, for a few seconds.
    const exited = new Promise((resolve) => server.once('exit', resolve));
    if (server.exitCode === null) server.disconnect();
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
    server.kill();
    await database.stop();
  }
}
