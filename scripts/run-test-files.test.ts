import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { judge, readSummary, runTestFiles } from './run-test-files.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'amends-runner-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, body: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, `import { test } from 'node:test';\n${body}\n`);
  return at;
}

const run = (files: string[], fileTimeoutMs = 60_000) =>
  runTestFiles(files, {
    concurrency: 2,
    cwd: dir,
    env: process.env,
    testTimeoutMs: 30_000,
    fileTimeoutMs,
    print: () => {},
  });

test('each file gets its own verdict; a forgotten handle does not hold the run', async () => {
  const passes = file('passes.test.mjs', "test('a', () => {}); test('b', () => {});");
  const leaks = file('leaks.test.mjs', "test('leaves a timer', () => { setInterval(() => {}, 1000); });");
  const fails = file('fails.test.mjs', "test('boom', () => { throw new Error('no'); });");
  const verdicts = await run([passes, leaks, fails]);
  const byFile = new Map(verdicts.map((v) => [path.basename(v.file), v]));
  assert.deepEqual([...byFile.entries()].map(([name, v]) => [name, v.ok, v.tests, v.fail]).sort(), [
    ['fails.test.mjs', false, 1, 1],
    ['leaks.test.mjs', true, 1, 0],
    ['passes.test.mjs', true, 2, 0],
  ]);
});

test('a file that exits 0 having run no test, or printed nothing, fails', async () => {
  const empty = file('empty.test.mjs', '');
  const silent = path.join(dir, 'silent.test.mjs');
  writeFileSync(silent, 'process.exit(0);\n');
  const verdicts = await run([empty, silent]);
  assert.deepEqual(
    verdicts.map((v) => [v.ok, v.reason]),
    [
      [false, 'exited 0 but printed no test summary'],
      [false, 'exited 0 but printed no test summary'],
    ],
  );
  const none = 'ℹ tests 0\nℹ pass 0\nℹ fail 0\n';
  assert.equal(judge('x', { code: 0, signal: null, timedOut: false }, none, 1).reason, 'ran no tests');
});

test('a file still running past its time is killed and fails', async () => {
  const stuck = path.join(dir, 'stuck.test.mjs');
  writeFileSync(stuck, 'setInterval(() => {}, 1000);\n');
  const [verdict] = await run([stuck], 500);
  assert.equal(verdict?.ok, false);
  assert.match(verdict?.reason ?? '', /still running after/);
});

test('the summary is read through colour codes; a partial one is no summary', () => {
  const esc = String.fromCharCode(27);
  assert.deepEqual(readSummary(`${esc}[34mℹ tests 3${esc}[39m\nℹ pass 2\nℹ fail 1\n`), {
    tests: 3,
    pass: 2,
    fail: 1,
  });
  assert.equal(readSummary('ℹ tests 3\n'), null);
  assert.equal(
    judge(
      'x',
      { code: 0, signal: null, timedOut: false },
      'ℹ tests 2\nℹ pass 1\nℹ fail 0\nℹ cancelled 1\n',
      1,
    ).ok,
    false,
  );
});
