import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';

const SCRIPT = path.resolve(import.meta.dirname, 'timer-worker-process.ts');

/** A worker instance in a child process (test/support/timer-worker-process.ts). */
export type TimerWorker = {
  child: ChildProcess;
  /** Its graphile worker id: the `locked_by` of the jobs it holds. */
  workerId: string;
  output(): string;
  /** SIGTERM, and the fire-case-timer jobs it ran. */
  stop(): Promise<number>;
  kill(): Promise<void>;
};

/** Starts one; resolves once it says it is ready. */
export async function startTimerWorker(databaseUrl: string, flags: string[] = []): Promise<TimerWorker> {
  const child = spawn(process.execPath, [SCRIPT, databaseUrl, ...flags], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const workerId = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /worker ready (\S+)/.exec(output);
      if (ready?.[1]) resolve(ready[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code, signal) =>
      reject(new Error(`worker exited (${code ?? signal}) before ready:\n${output}`)),
    );
  });
  const exited = once(child, 'exit');
  return {
    child,
    workerId,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      const fired = /fired-jobs (\d+)/.exec(output);
      if (!fired?.[1]) throw new Error(`the worker did not say how many timers it fired:\n${output}`);
      return Number(fired[1]);
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
