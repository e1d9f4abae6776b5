import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');

type Started = { child: ChildProcess; output: () => string; url: string };

/** `npm start`'s program, on its own data folder, with no DATABASE_URL: the embedded path. */
async function startAmends(dataDir: string): Promise<Started> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    AMENDS_DATA_DIR: dataDir,
    AMENDS_ADMIN_PASSWORD: 'first start password',
  };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  const child = spawn(process.execPath, ['src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready within 60 s:\n${output}`)), 60_000);
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

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, 'pg', 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  return Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
}

function isRunning(pid: number): boolean {
  const stat = existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return stat !== '' && state !== 'Z';
}

describe('npm start with the embedded PostgreSQL', () => {
  let dataDir: string;
  const children: ChildProcess[] = [];
  before(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'amends-start-'));
    chmodSync(dataDir, 0o755);
  });
  after(async () => {
    // On a failed assertion, leave nothing running: the app, then whatever PostgreSQL it left.
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    const pid = postmasterPid(dataDir);
    if (pid && isRunning(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, survives being SIGKILLed (stopping the orphaned PostgreSQL), reuses its data and stops cleanly on SIGINT', async () => {
    const first = await startAmends(dataDir);
    children.push(first.child);
    assert.match(first.output(), /Sign in as admin@amends\.local with password: first start password/);
    assert.deepEqual(await (await fetch(`${first.url}/healthz`)).json(), { status: 'ok' });

    const orphan = postmasterPid(dataDir);
    assert.ok(orphan, 'the embedded PostgreSQL wrote its pid');
    first.child.kill('SIGKILL');
    await exited(first.child);
    assert.ok(isRunning(orphan), 'a SIGKILLed owner leaves its PostgreSQL running');

    const second = await startAmends(dataDir);
    children.push(second.child);
    assert.match(second.output(), /Stopping an embedded PostgreSQL left running by an earlier run/);
    assert.doesNotMatch(
      second.output(),
      /with password/,
      'the admin from the first start is reused, not created again',
    );
    assert.deepEqual(await (await fetch(`${second.url}/healthz`)).json(), { status: 'ok' });
    assert.ok(!isRunning(orphan), 'the orphan was stopped');

    const running = postmasterPid(dataDir);
    second.child.kill('SIGINT');
    assert.equal(await exited(second.child), 0, second.output());
    assert.match(second.output(), /Stopped\./);
    assert.ok(running && !isRunning(running), 'Ctrl-C stops the embedded PostgreSQL too');
    assert.ok(!existsSync(path.join(dataDir, 'pg', 'postmaster.pid')));
  });
});
