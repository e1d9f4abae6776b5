import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { sql } from 'kysely';
import pg from 'pg';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { rawMail, sendRaw, TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const PROCESS = path.resolve(import.meta.dirname, '../support/mail-in-process.ts');
const MAILS = 12;

/** Starts mail in in its own process; resolves with its SMTP port once it takes mail. */
async function startMailInProcess(
  databaseUrl: string,
): Promise<{ child: ChildProcess; port: number; output: () => string }> {
  const child = spawn(process.execPath, [PROCESS, databaseUrl, TEST_REPLY_MAILBOX], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /mail in ready (\d+)/.exec(output);
      if (ready) resolve(Number(ready[1]));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code, signal) =>
      reject(new Error(`mail in exited (${code ?? signal}) before ready:\n${output}`)),
    );
  });
  return { child, port, output: () => output };
}

describe('mail accepted is processed once, even when the process dies between the 250 and the timeline', () => {
  let t: TestApp;
  const children: ChildProcess[] = [];
  before(async () => {
    t = await startTestApp();
  });
  after(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await t.close();
  });

  it('SIGKILLed with mails answered 250 but not threaded (one batch mid-transaction), the next start threads each once', async () => {
    const owner = await buildUser(t.ctx, { role: 'agent' });
    const customer = await buildCustomer(t.ctx);
    const opened = await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id });
    const address = customer.emails[0] ?? '';
    const to = replyAddressFor(t.ctx.linkSecret, TEST_REPLY_MAILBOX, opened.replyKey);
    const messageIds = Array.from({ length: MAILS }, (_, i) => `<killed-${i}@customer.test>`);
    const messagesIn = async () =>
      (
        await t.ctx.db
          .selectFrom('case_events')
          .select(sql<string>`data->>'messageId'`.as('messageId'))
          .where('case_id', '=', opened.id)
          .where('kind', '=', 'message_in')
          .execute()
      ).map((row) => row.messageId);
    const statuses = async () =>
      (
        await t.ctx.db
          .selectFrom('inbound_emails')
          .select('status')
          .where(sql<boolean>`${to} = ANY(envelope_to)`)
          .execute()
      ).map((row) => row.status);

    // The case is held locked by the test: the first process's batch stops inside its transaction,
    // waiting for the lock, and the mails after it wait their turn, read or not yet read.
    const holder = new pg.Client({ connectionString: t.database.connectionString });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [opened.id]);
    const first = await startMailInProcess(t.database.connectionString);
    children.push(first.child);
    try {
      for (const messageId of messageIds) {
        const { response } = await sendRaw(
          first.port,
          rawMail({ from: address, to, body: `Message ${messageId}`, headers: { 'Message-ID': messageId } }),
          { from: address, to: [to] },
        );
        assert.match(response, /^250 /);
      }
      // Wait until the first batch is inside its transaction, waiting for the case (a condition).
      for (let polls = 0; ; polls++) {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE '%from "cases"%for update%'`.execute(t.ctx.db);
        if ((rows[0]?.n ?? 0) > 0) break;
        assert.ok(polls < 1500, `the first batch never waited for the case\n${first.output()}`);
        await delay(20);
      }
      first.child.kill('SIGKILL');
      await once(first.child, 'exit');
    } finally {
      await holder.query('ROLLBACK');
      await holder.end();
    }
    // PostgreSQL ends the dead process's transaction when its connection closes: wait until it has.
    for (let polls = 0; ; polls++) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE '%from "cases"%for update%'
          AND pid <> pg_backend_pid()`.execute(t.ctx.db);
      if ((rows[0]?.n ?? 0) === 0) break;
      assert.ok(polls < 1500, 'the killed process’s transaction never ended');
      await delay(20);
    }
    assert.deepEqual(await messagesIn(), [], 'nothing reached the timeline before the kill');
    assert.deepEqual(
      await statuses(),
      messageIds.map(() => 'received'),
      'every answered mail is kept, waiting',
    );

    // Started again: its worker queues the waiting mails' jobs at start and runs them.
    const second = await startMailInProcess(t.database.connectionString);
    children.push(second.child);
    for (let polls = 0; (await statuses()).some((status) => status === 'received'); polls++) {
      assert.ok(polls < 600, `every mail processed within a minute of the restart\n${second.output()}`);
      await delay(100);
    }
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');
    assert.deepEqual((await messagesIn()).sort(), [...messageIds].sort(), 'each mail on the timeline once');
    assert.deepEqual(
      await statuses(),
      messageIds.map(() => 'threaded'),
    );
  });
});
