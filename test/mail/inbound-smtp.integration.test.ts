import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { acceptInboundEmail } from '../../src/app/inbound/accept-inbound-email.ts';
import { MAX_INBOUND_EMAIL_BYTES } from '../../src/core/mail/inbound-email.ts';
import { startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import { createDb } from '../../src/store/db.ts';
import { PROCESS_INBOUND_EMAIL } from '../../src/store/job.store.ts';
import { queuedJobCount } from '../support/jobs.ts';
import { type MailIn, rawMail, sendRaw, startMailIn, TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import { openSmtpDialog } from '../support/smtp-dialog.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the SMTP listener for customers’ replies', () => {
  let t: TestApp;
  let mailIn: MailIn;
  before(async () => {
    t = await startTestApp();
    mailIn = await startMailIn(t.ctx);
  });
  after(async () => {
    await mailIn.close();
    await t.close();
  });

  const storedCount = async () =>
    Number(
      (
        await t.ctx.db
          .selectFrom('inbound_emails')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('keeps the exact bytes, the envelope and the processing job before it answers 250', async () => {
    const raw = rawMail({ body: 'Line one\r\n.leading dot\r\nÜmlaut' });
    const id = await mailIn.send(raw, { from: 'ann@customer.test', to: [TEST_REPLY_MAILBOX] });
    const row = await t.ctx.db
      .selectFrom('inbound_emails')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.equal(row.raw.toString('utf8'), raw);
    assert.equal(row.size, Buffer.byteLength(raw));
    assert.equal(row.status, 'received');
    assert.equal(row.source, 'smtp');
    assert.equal(row.envelope_from, 'ann@customer.test');
    assert.deepEqual(row.envelope_to, [TEST_REPLY_MAILBOX]);
    assert.equal(row.remote_address, '127.0.0.1');
    assert.equal(await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, [id]), 1);
  });

  it('answers 250 only after the commit: while the insert waits for a lock, the sender hears nothing', async () => {
    const blocker = new pg.Client({ connectionString: t.database.connectionString });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE inbound_emails IN EXCLUSIVE MODE');
      let answered = false;
      const sending = mailIn.send(rawMail({})).then((id) => {
        answered = true;
        return id;
      });
      // Wait until the listener's INSERT is blocked on the lock (a condition, not a sleep). Asked on
      // another connection: inside a transaction, pg_stat_activity is one snapshot.
      for (;;) {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE wait_event_type = 'Lock' AND query ILIKE '%insert into "inbound_emails"%'`.execute(t.ctx.db);
        if ((rows[0]?.n ?? 0) > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      assert.equal(answered, false, 'no 250 while the message is not committed');
      await blocker.query('COMMIT');
      const id = await sending;
      assert.ok(
        await t.ctx.db.selectFrom('inbound_emails').select('id').where('id', '=', id).executeTakeFirst(),
      );
    } finally {
      await blocker.end();
    }
  });

  it('answers 451 and keeps nothing when the database goes away in the middle of DATA', async () => {
    const direct = new URL(t.database.connectionString);
    const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
    const viaProxy = new URL(t.database.connectionString);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const handle = createDb(viaProxy.toString(), { max: 2 });
    const listener = await startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      replyMailbox: TEST_REPLY_MAILBOX,
      accept: (arrival) => acceptInboundEmail({ ...t.ctx, db: handle.db, pool: handle.pool }, arrival),
    });
    const before = await storedCount();
    const dialog = await openSmtpDialog(listener.port);
    try {
      assert.equal((await dialog.command('EHLO sender.test')).code, 250);
      assert.equal((await dialog.command('MAIL FROM:<ann@customer.test>')).code, 250);
      assert.equal((await dialog.command(`RCPT TO:<${TEST_REPLY_MAILBOX}>`)).code, 250);
      assert.equal((await dialog.command('DATA')).code, 354);
      dialog.write('From: ann@customer.test\r\nSubject: half\r\n\r\nThe first half');
      await proxy.cut();
      dialog.write(' and the second half.');
      const verdict = await dialog.endData();
      assert.equal(verdict.code, 451, verdict.text);
      assert.equal(await storedCount(), before, 'nothing half-stored');
    } finally {
      dialog.close();
      await listener.close();
      await handle.db.destroy();
    }
  });

  it('stores the message and its job together or not at all (451 when the job cannot be queued)', async () => {
    await sql`
      CREATE FUNCTION pg_temp_fail_jobs() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the job queue is down'; END $$;
      CREATE TRIGGER fail_jobs BEFORE INSERT ON graphile_worker._private_jobs
        FOR EACH ROW EXECUTE FUNCTION pg_temp_fail_jobs();
    `.execute(t.ctx.db);
    const before = await storedCount();
    try {
      await assert.rejects(mailIn.send(rawMail({})), (error: { responseCode?: number }) => {
        assert.equal(error.responseCode, 451);
        return true;
      });
      assert.equal(await storedCount(), before, 'the raw message was rolled back with its job');
    } finally {
      await sql`DROP TRIGGER fail_jobs ON graphile_worker._private_jobs; DROP FUNCTION pg_temp_fail_jobs();`.execute(
        t.ctx.db,
      );
    }
    await mailIn.send(rawMail({}));
    assert.equal(await storedCount(), before + 1, 'the retry the 451 asked for is kept');
  });

  it('refuses a message declared larger than 25 MB before DATA (552)', async () => {
    const dialog = await openSmtpDialog(mailIn.port);
    try {
      const ehlo = await dialog.command('EHLO sender.test');
      assert.match(ehlo.text, new RegExp(`250[- ]SIZE ${MAX_INBOUND_EMAIL_BYTES}\\r\\n`));
      const mailFrom = await dialog.command(
        `MAIL FROM:<ann@customer.test> SIZE=${MAX_INBOUND_EMAIL_BYTES + 1}`,
      );
      assert.equal(mailFrom.code, 552, mailFrom.text);
    } finally {
      dialog.close();
    }
  });

  it('refuses a message that grows past the limit during DATA (552) and keeps nothing', async () => {
    const small = await startMailIn(t.ctx, { maxBytes: 64 * 1024 });
    const before = await storedCount();
    try {
      await assert.rejects(
        small.send(rawMail({ body: 'x'.repeat(200 * 1024) })),
        (error: { responseCode?: number }) => error.responseCode === 552,
      );
      assert.equal(await storedCount(), before);
    } finally {
      await small.close();
    }
  });

  it('takes mail only for the reply mailbox: 550 for other domains (no relay) and other mailboxes', async () => {
    const dialog = await openSmtpDialog(mailIn.port);
    try {
      await dialog.command('EHLO sender.test');
      await dialog.command('MAIL FROM:<ann@customer.test>');
      const relay = await dialog.command('RCPT TO:<victim@elsewhere.test>');
      assert.equal(relay.code, 550);
      assert.match(relay.text, /5\.7\.1 Relaying denied/);
      const other = await dialog.command('RCPT TO:<sales@shop.test>');
      assert.equal(other.code, 550);
      assert.match(other.text, /5\.1\.1/);
      assert.equal((await dialog.command('RCPT TO:<Support+anything@SHOP.test>')).code, 250);
    } finally {
      dialog.close();
    }
    await assert.rejects(
      sendRaw(mailIn.port, rawMail({}), { to: ['victim@elsewhere.test'] }),
      (error: { responseCode?: number }) => error.responseCode === 550,
    );
  });

  it('offers no AUTH (it is an MX, not a relay) and no STARTTLS without a certificate', async () => {
    const dialog = await openSmtpDialog(mailIn.port);
    try {
      const ehlo = await dialog.command('EHLO sender.test');
      assert.doesNotMatch(ehlo.text, /AUTH/);
      assert.doesNotMatch(ehlo.text, /STARTTLS/);
      assert.notEqual((await dialog.command('AUTH PLAIN AGFubgBwdw==')).code, 235);
    } finally {
      dialog.close();
    }
  });
});
