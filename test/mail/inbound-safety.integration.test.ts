import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { getInboundEmail } from '../../src/app/inbound/get-inbound-email.ts';
import { reprocessInboundEmail } from '../../src/app/inbound/reprocess-inbound-email.ts';
import type { Case } from '../../src/core/case/case.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import type { User } from '../../src/core/team/user.ts';
import { inboundReader } from '../../src/mail/in/read-inbound-email.ts';
import { queueOutboundEmails } from '../../src/store/outbound-email.store.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, rawMail, sendWithNullSender, startMailIn } from '../support/mail-in.ts';
import { offlineDns } from '../support/offline-dns.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { zipBomb } from '../support/zip-bomb.ts';

const emlDir = path.resolve(import.meta.dirname, '../../../shared/data/emails/mime_eml');
const skipMessage = `../shared/data/emails/mime_eml is not here (${emlDir}), so the check on real bounce messages was skipped`;
const eml = (file: string) => readFileSync(path.join(emlDir, file), 'latin1');

describe('inbound mail that must not be trusted, shown raw, or lost', () => {
  let t: TestApp;
  let owner: User;
  let mailIn: MailIn;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'supervisor', name: 'Sue Supervisor' });
    mailIn = await startMailIn(t.ctx);
  });
  after(async () => {
    await mailIn.close();
    await t.close();
  });

  const deliver = async (raw: string | Buffer, envelope?: { from?: string; to?: string[] }) => {
    const id = await mailIn.send(raw, envelope);
    await runJobs(t);
    return getInboundEmail(t.ctx, id);
  };
  const openCase = async (): Promise<{ address: string; opened: Case }> => {
    const customer = await buildCustomer(t.ctx);
    return {
      address: customer.emails[0] ?? '',
      opened: await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id }),
    };
  };
  const replyTo = (opened: Case) => replyAddressFor(t.ctx.linkSecret, t.ctx.replyMailbox, opened.replyKey);
  /** A mail of ours from the case, sent to the customer, with its Message-ID. */
  const mailedFromCase = async (opened: Case, address: string) => {
    const [id = ''] = await queueOutboundEmails(t.ctx.db, [
      {
        intentKey: `test:${opened.id}:${Math.random()}`,
        kind: 'case-alert',
        toAddress: address,
        blastId: undefined,
        ratingRequestId: undefined,
        caseId: opened.id,
        createdAt: new Date(),
      },
    ]);
    const messageId = `<${id}@shop.test>`;
    // As the send job keeps it once composed: the Message-ID a bounce names.
    await t.ctx.db
      .updateTable('outbound_emails')
      .set({ message_id: messageId })
      .where('id', '=', id)
      .execute();
    return messageId;
  };
  const suppression = (email: string) =>
    t.ctx.db.selectFrom('email_suppressions').selectAll().where('email', '=', email).executeTakeFirst();
  const notesOn = (caseId: string) =>
    t.ctx.db
      .selectFrom('case_events')
      .selectAll()
      .where('case_id', '=', caseId)
      .where('kind', '=', 'note')
      .execute();

  for (const [file, originalId, recipient] of [
    ['nodemailer_mailparser/delivery-status.eml', '<xxxxx@email.amazonses.com>', 'xxxx@xxxx.com'],
    [
      'mikel_mail/multipart_report_emails/report_530.eml',
      '<200712232303.lBNN3jDq002941@mail12.rrrr.com.au>',
      'edwin@zzzzzzz.com',
    ],
  ] as const) {
    it(`turns a real bounce (${path.basename(file)}) of our mail into a suppression and a note on its case, and no case`, async (c) => {
      if (!existsSync(emlDir)) return c.skip(skipMessage);
      const { address, opened } = await openCase();
      const ours = await mailedFromCase(opened, address);
      // The real report, naming our mail and our customer instead of theirs.
      const raw = eml(file).replaceAll(originalId, ours).replaceAll(recipient, address);
      const cases = await t.ctx.db.selectFrom('cases').select('id').execute();
      const id = await sendWithNullSender(mailIn.port, raw);
      await runJobs(t);
      const { email } = await getInboundEmail(t.ctx, id);
      assert.equal(email.status, 'ignored');
      assert.match(email.problem ?? '', /suppressed/);
      assert.equal(email.caseId, opened.id);
      assert.equal((await suppression(address))?.reason, 'bounced');
      const [note] = await notesOn(opened.id);
      assert.match(note?.body ?? '', new RegExp(`A mail to ${address.replace('.', '\\.')} bounced`));
      assert.equal((note?.data.bounce as { address?: string })?.address, address);
      assert.equal(
        (await t.ctx.db.selectFrom('cases').select('id').execute()).length,
        cases.length,
        'no case',
      );
    });
  }

  it('suppresses nobody for a bounce that returns no mail of ours (a forged bounce cannot silence a customer)', async (c) => {
    if (!existsSync(emlDir)) return c.skip(skipMessage);
    const { address } = await openCase();
    const raw = eml('nodemailer_mailparser/delivery-status.eml').replaceAll('xxxx@xxxx.com', address);
    const id = await sendWithNullSender(mailIn.port, raw);
    await runJobs(t);
    const { email } = await getInboundEmail(t.ctx, id);
    assert.equal(email.status, 'ignored');
    assert.match(email.problem ?? '', /nothing suppressed/);
    assert.equal(await suppression(address), undefined);
  });

  it('stores a zip bomb as the bytes it came as, never unpacked, and serves it only whole', async () => {
    const { address, opened } = await openCase();
    const zip = zipBomb(64);
    const boundary = 'b0undary';
    const raw = [
      `From: ${address}`,
      `To: ${replyTo(opened)}`,
      'Subject: The invoice',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please see the attached invoice.',
      `--${boundary}`,
      'Content-Type: application/zip; name="invoice.zip"',
      'Content-Disposition: attachment; filename="../../invoice.zip"',
      'Content-Transfer-Encoding: base64',
      '',
      zip.toString('base64').replace(/(.{76})/g, '$1\r\n'),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const { email, attachments } = await deliver(raw);
    assert.equal(email.status, 'threaded');
    assert.equal(attachments.length, 1);
    assert.equal(attachments[0]?.filename, 'invoice.zip');
    assert.equal(attachments[0]?.size, zip.length);
    assert.ok(zip.length < 200 * 1024, 'the archive is small; 64 MB only once unpacked');
    const stored = await t.ctx.db
      .selectFrom('inbound_email_attachments')
      .select('content')
      .where('inbound_email_id', '=', email.id)
      .execute();
    assert.equal(stored.length, 1, 'one row: nothing was unpacked');
    assert.deepEqual(stored[0]?.content, zip);
  });

  it('sanitises HTML with scripts, keeping the words', async () => {
    const { address, opened } = await openCase();
    const html =
      '<p>Still <b>broken</b>.</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">click</a><iframe src="https://evil.test"></iframe>';
    const { email } = await deliver(
      rawMail({
        from: address,
        to: replyTo(opened),
        body: html,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      }),
    );
    assert.equal(email.status, 'threaded');
    const kept = email.htmlBody ?? '';
    assert.match(kept, /<p>Still <b>broken<\/b>\.<\/p>/);
    for (const bad of [/<script/i, /onerror/i, /javascript:/i, /<iframe/i, /alert\(1\)/])
      assert.doesNotMatch(kept, bad);
    const event = await t.ctx.db
      .selectFrom('case_events')
      .select('body')
      .where('id', '=', email.caseEventId ?? -1)
      .executeTakeFirstOrThrow();
    assert.match(event.body ?? '', /Still broken/);
    assert.doesNotMatch(event.body ?? '', /alert/);
  });

  it('flags a message that is not an email, keeps its bytes, and can run it again', async () => {
    const garbage = Buffer.concat([
      Buffer.from('this is not a mail at all\r\n'),
      Buffer.from([0, 1, 2, 255, 254, 13, 10]),
    ]);
    const id = await mailIn.send(garbage);
    await runJobs(t);
    const flagged = (await getInboundEmail(t.ctx, id)).email;
    assert.equal(flagged.status, 'flagged');
    assert.match(flagged.problem ?? '', /could not be read|no sender/);
    const row = await t.ctx.db
      .selectFrom('inbound_emails')
      .select('raw')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row.raw, garbage, 'the raw bytes are kept exactly');

    await reprocessInboundEmail(t.ctx, { userId: owner.id, role: 'supervisor', via: 'session' }, id);
    await runJobs(t);
    const again = (await getInboundEmail(t.ctx, id)).email;
    assert.equal(again.status, 'flagged');
    assert.equal(again.attempts, 2);
  });

  it('flags a mail its reader failed on, and a re-run after the fix threads it', async () => {
    const { address, opened } = await openCase();
    const id = await mailIn.send(rawMail({ from: address, to: replyTo(opened), body: 'Second try.' }));
    await runJobs(t, undefined, {
      inboundReader: async () => {
        throw new Error('the parser tripped over a part');
      },
    });
    const flagged = (await getInboundEmail(t.ctx, id)).email;
    assert.equal(flagged.status, 'flagged');
    assert.match(flagged.problem ?? '', /could not be read: the parser tripped over a part/);

    const queued = await reprocessInboundEmail(
      t.ctx,
      { userId: owner.id, role: 'supervisor', via: 'session' },
      id,
    );
    assert.equal(queued.status, 'received');
    await runJobs(t);
    const threaded = (await getInboundEmail(t.ctx, id)).email;
    assert.equal(threaded.status, 'threaded');
    assert.equal(threaded.caseId, opened.id);
    await assert.rejects(
      reprocessInboundEmail(t.ctx, { userId: owner.id, role: 'supervisor', via: 'session' }, id),
      /threaded: only a flagged email/,
    );
  });
});

describe('every real MIME message in ../shared/data is read or refused cleanly', () => {
  it('reads each fixture without throwing anything but a clear refusal', async (c) => {
    if (!existsSync(emlDir)) return c.skip(skipMessage);
    const { globSync } = await import('node:fs');
    const files = globSync('**/*.eml', { cwd: emlDir });
    assert.ok(files.length > 100, `found ${files.length} .eml files`);
    const read = inboundReader({ resolver: offlineDns({}) });
    let readable = 0;
    for (const file of files) {
      const raw = readFileSync(path.join(emlDir, file));
      const message = await read(raw, {
        envelopeFrom: undefined,
        remoteAddress: '127.0.0.1',
        helo: 'mx.test',
      });
      assert.equal(typeof message.visibleText, 'string', file);
      for (const text of [message.subject, message.textBody, message.htmlBody, message.visibleText])
        assert.ok(
          text === undefined || (text.isWellFormed() && !text.includes('\0')),
          `${file}: storable text`,
        );
      if (message.from) readable++;
    }
    c.diagnostic(`${readable} of ${files.length} real messages have a readable sender`);
  });
});
