/**
 * The benchmark's other processes: the click server (here or in a child) and the load generator
 * (always a child, so autocannon's work never runs on the server's event loop).
 */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { startClickServer } from './click-server.ts';
import type { LoadReply, LoadRequest, LoadResult, LoadStep } from './load-process.ts';
import type { ServerReply, ServerRequest } from './server-process.ts';

/** Sends a message to a child and waits for its next reply. */
function ask<Reply>(child: ChildProcess, message: ServerRequest | LoadRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`a child process exited (${code}) mid-request`));
    child.once('exit', onExit);
    child.once('message', (reply) => {
      child.off('exit', onExit);
      resolve(reply as Reply);
    });
    child.send(message);
  });
}

export type RunningServer = { url: string; pid: number; close(): Promise<void> };

export async function startServer(
  connectionString: string,
  where: 'inline' | 'child',
): Promise<RunningServer> {
  if (where === 'inline') {
    const server = await startClickServer(connectionString);
    return { url: server.url, pid: process.pid, close: () => server.close() };
  }
  const child = fork(path.join(import.meta.dirname, 'server-process.ts'), { stdio: 'inherit' });
  const reply = await ask<ServerReply>(child, { type: 'start', connectionString });
  if (reply.type !== 'started') {
    child.kill();
    throw new Error(`The server process did not start: ${JSON.stringify(reply)}`);
  }
  return {
    url: reply.url,
    pid: child.pid ?? 0,
    async close() {
      if (child.exitCode === null) await ask<ServerReply>(child, { type: 'close' });
      child.kill();
    },
  };
}

export type LoadGenerator = { pid: number; run(step: LoadStep): Promise<LoadResult>; close(): void };

export function startLoadGenerator(paths: string[]): LoadGenerator {
  const child = fork(path.join(import.meta.dirname, 'load-process.ts'), { stdio: 'inherit' });
  child.send({ type: 'paths', paths } satisfies LoadRequest);
  return {
    pid: child.pid ?? 0,
    async run(step) {
      const reply = await ask<LoadReply>(child, { type: 'step', ...step });
      if (reply.type !== 'result') throw new Error(`autocannon failed: ${reply.message}`);
      return reply.result;
    },
    close: () => child.kill(),
  };
}
