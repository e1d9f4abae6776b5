/**
 * Runs test files, one Node process each, a few at a time, and trusts only what each process says
 * of itself: its exit code and the summary its reporter printed.
 *
 * Why not `node --test file…`: with --test-force-exit and more than one file at once, Node's own runner
 * has dropped finished files' verdicts and still exited 0 (nodejs/node#64833 — four CI runs reported
 * 1,421 to 1,449 tests from the same files, one file printed nothing at all). Without --test-force-exit
 * a single forgotten handle kept a whole run alive for good. Here every file gets --test-force-exit in
 * its own process, its own verdict, and a watchdog; a file that reports no tests fails.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface FileVerdict {
  file: string;
  ok: boolean;
  /** Why it failed, in words, when ok is false. */
  reason?: string;
  tests: number;
  pass: number;
  fail: number;
  cancelled: number;
  skipped: number;
  todo: number;
  seconds: number;
}

export interface RunOptions {
  concurrency: number;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Per test, as node's --test-timeout. */
  testTimeoutMs: number;
  /** Per file, wall clock: past it the file's whole process group is killed and the file fails. */
  fileTimeoutMs: number;
  /** Called with each file's whole output once it ends, so two files' lines never interleave. */
  print: (text: string) => void;
}

const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Reads the spec reporter's closing lines (`ℹ tests 12`, `ℹ pass 12`, …); null when it printed none. */
export function readSummary(output: string): Record<string, number> | null {
  const summary: Record<string, number> = {};
  for (const line of output.replace(ansi, '').split('\n')) {
    const match = /^ℹ (tests|pass|fail|cancelled|skipped|todo) (\d+)$/.exec(line.trim());
    if (match) summary[match[1] as string] = Number(match[2]);
  }
  return 'tests' in summary && 'pass' in summary && 'fail' in summary ? summary : null;
}

export function judge(
  file: string,
  exit: { code: number | null; signal: NodeJS.Signals | null; timedOut: boolean },
  output: string,
  seconds: number,
): FileVerdict {
  const summary = readSummary(output);
  const counts = {
    tests: summary?.tests ?? 0,
    pass: summary?.pass ?? 0,
    fail: summary?.fail ?? 0,
    cancelled: summary?.cancelled ?? 0,
    skipped: summary?.skipped ?? 0,
    todo: summary?.todo ?? 0,
  };
  const verdict = (reason?: string): FileVerdict => ({
    file,
    ok: reason === undefined,
    ...(reason === undefined ? {} : { reason }),
    ...counts,
    seconds,
  });
  if (exit.timedOut) return verdict(`still running after ${Math.round(seconds)} s; killed`);
  if (counts.fail > 0 || counts.cancelled > 0)
    return verdict(`${counts.fail} failed, ${counts.cancelled} cancelled`);
  if (exit.code !== 0) return verdict(`exited ${exit.code ?? exit.signal}`);
  if (!summary) return verdict('exited 0 but printed no test summary');
  if (counts.tests === 0) return verdict('ran no tests');
  return verdict();
}

async function runFile(file: string, options: RunOptions): Promise<FileVerdict> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--test-force-exit', `--test-timeout=${options.testTimeoutMs}`, '--test-reporter=spec', file],
    {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so the watchdog also ends what the file started (a browser, a server).
      detached: true,
    },
  );
  running.add(child.pid ?? 0);
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
  });
  let timedOut = false;
  const watchdog = setTimeout(() => {
    timedOut = true;
    killGroup(child.pid);
  }, options.fileTimeoutMs);
  const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
  clearTimeout(watchdog);
  running.delete(child.pid ?? 0);
  // Whatever the file left behind in its group (a browser it never closed) goes with it.
  killGroup(child.pid);
  const verdict = judge(file, { code, signal, timedOut }, output, (Date.now() - started) / 1000);
  options.print(
    `\n── ${file} (${verdict.seconds.toFixed(1)} s)${verdict.ok ? '' : ` ✖ ${verdict.reason}`}\n${output}`,
  );
  return verdict;
}

const running = new Set<number>();

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Stops every file still running (the caller is being interrupted). */
export function stopAll(): void {
  for (const pid of running) killGroup(pid);
}

export async function runTestFiles(files: string[], options: RunOptions): Promise<FileVerdict[]> {
  const queue = [...files];
  const verdicts: FileVerdict[] = [];
  const lane = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift())
      verdicts.push(await runFile(file, options));
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, lane));
  return verdicts;
}
