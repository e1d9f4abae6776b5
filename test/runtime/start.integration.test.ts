import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type AmendsProcess,
  exited,
  isRunning,
  newcomerEnv,
  postmasterPid,
  SEVERAL_STARTS,
  startAmendsProcess,
} from '../support/amends-process.ts';

/** `npm start`'s program, on its own data folder, with no DATABASE_URL: the embedded path. */
function startAmends(dataDir: string, options: { detached?: boolean } = {}): Promise<AmendsProcess> {
  return startAmendsProcess(
    newcomerEnv({ AMENDS_DATA_DIR: dataDir, AMENDS_ADMIN_PASSWORD: 'first start password' }),
    options,
  );
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

  it(
    'starts, survives being SIGKILLed (stopping the orphaned PostgreSQL), reuses its data and stops cleanly on SIGINT',
    SEVERAL_STARTS,
    async () => {
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
    },
  );
});
