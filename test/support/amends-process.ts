/** `npm start`'s program (src/main.ts) run as a separate process, as a person would start it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '../..');

const READY_WITHIN_MS = 300_000;

/** For a test that starts Amends several times: more than node:test's default allows on a busy machine. */
export const SEVERAL_STARTS = { timeout: 1_200_000 };

export type AmendsProcess = { child: ChildProcess; output: () => string; url: string };

/** The environment of a newcomer's shell: no database, data folder or mail settings of the test run. */
export function newcomerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', ...extra };
  for (const name of ['DATABASE_URL', 'TEST_DATABASE_URL', 'AMENDS_TEST_TEMPLATE', 'SMTP_URL'])
    if (!(name in extra)) delete env[name];
  return env;
}

/** Starts src/main.ts in `cwd` and resolves once it printed its console URL (rejects with its output if it exits first). */
export async function startAmendsProcess(
  env: NodeJS.ProcessEnv,
  options: { cwd?: string; detached?: boolean } = {},
): Promise<AmendsProcess> {
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: options.cwd ?? REPO,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: a busy shared machine has taken over a minute; a hung start is killed, not left behind.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`not ready within ${READY_WITHIN_MS / 1000} s:\n${output}`));
    }, READY_WITHIN_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Console: (http:\/\/\S+)[\s\S]*Stop with Ctrl-C\./.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ready:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** Runs a program to its end; resolves with its exit code and everything it printed. */
export function runToEnd(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = REPO,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
}

/** Running and not a zombie. */
export function isRunning(pid: number): boolean {
  let stat = '';
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return stat !== '' && state !== 'Z';
}
