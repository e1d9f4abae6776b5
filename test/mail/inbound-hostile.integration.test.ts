import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acceptInboundEmail, type InboundArrival } from '../../src/app/inbound/accept-inbound-email.ts';
import { getInboundEmail } from '../../src/app/inbound/get-inbound-email.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import {
  MAX_HTML_DEPTH,
  MAX_HTML_ELEMENTS,
  MAX_INBOUND_REFERENCES,
} from '../../src/core/mail/inbound-email.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, rawMail, startMailIn, TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import { openSmtpDialog } from '../support/smtp-dialog.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Mail made to hurt, through the real SMTP listener and the real job: each case here was found by
 * probing the running app, and failed before its fix.
 */
describe('hostile mail in', () => {
  let t: TestApp;
  let owner: User;
  let mailIn: MailIn;
  /** Told of each message the listener stored, whether or not its sender heard the 250. */
  let stored: (id: string) => void = () => {};
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent' });
    mailIn = await startMailIn(t.ctx, {
      accept: async (arrival: InboundArrival) => {
        const accepted = await acceptInboundEmail(t.ctx, arrival);
        if (accepted.id) stored(accepted.id);
        return accepted;
      },
    });
  });
  after(async () => {
    await mailIn.close();
    await t.close();
  });

  const deliver = async (raw: string, envelope?: { from?: string; to?: string[] }) => {
    const id = await mailIn.send(raw, envelope);
    await runJobs(t);
    return getInboundEmail(t.ctx, id);
  };
  const count = async (table: 'customers' | 'case_events') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('threads a mail whose Message-ID, In-Reply-To and References are 10,000 characters long at its first run, dropping them', async () => {
    const huge = `<${'a'.repeat(10_000)}@customer.test>`;
    const { email } = await deliver(
      rawMail({
        from: 'Hugo <hugo@customer.test>',
        headers: { 'Message-ID': huge, 'In-Reply-To': huge, References: `<first@customer.test> ${huge}` },
      }),
    );
    // It failed the index on Message-IDs, and its job was retried for days while it waited unseen.
    assert.equal(email.status, 'threaded', email.problem);
    assert.equal(email.messageId, undefined);
    assert.equal(email.inReplyTo, undefined);
    assert.deepEqual(email.references, ['<first@customer.test>']);
  });

  it(`keeps the first and the latest of 5,000 References, ${MAX_INBOUND_REFERENCES} in all`, async () => {
    const ids = Array.from({ length: 5_000 }, (_, i) => `<r${i}@customer.test>`);
    const { email } = await deliver(
      rawMail({ from: 'Rhea <rhea@customer.test>', headers: { References: ids.join(' ') } }),
    );
    assert.equal(email.status, 'threaded', email.problem);
    assert.equal(email.references.length, MAX_INBOUND_REFERENCES);
    assert.equal(email.references[0], ids[0]);
    assert.equal(email.references.at(-1), ids.at(-1));
    const event = await t.ctx.db
      .selectFrom('case_events')
      .select('data')
      .where('id', '=', email.caseEventId ?? -1)
      .executeTakeFirstOrThrow();
    assert.equal((event.data as { references: string[] }).references.length, MAX_INBOUND_REFERENCES);
  });

  it('ignores an automatic reply whose Auto-Submitted carries a NUL, and keeps the reason it was ignored', async () => {
    const events = await count('case_events');
    const { email } = await deliver(rawMail({ headers: { 'Auto-Submitted': 'auto-replied\u0000x' } }));
    assert.equal(email.status, 'ignored');
    assert.match(email.problem ?? '', /Auto-Submitted: auto-replied\ufffdx/);
    assert.equal(await count('case_events'), events, 'no case, no timeline entry');
  });

  it('flags a mail whose From cannot be an address, and makes no customer or case of it', async () => {
    for (const from of [
      `Long <${'l'.repeat(10_000)}@customer.test>`,
      'Unreadable <=?utf-8?Q?ann=00@customer.test?=>',
      '"ann\\"evil"@customer.test',
    ]) {
      const customers = await count('customers');
      const { email } = await deliver(rawMail({ from }));
      assert.equal(email.status, 'flagged', from.slice(0, 40));
      assert.match(email.problem ?? '', /no sender address we can read/);
      assert.equal(email.caseId, undefined);
      assert.equal(await count('customers'), customers, from.slice(0, 40));
    }
  });

  it('names attachments without right-to-left overrides or zero-width characters', async () => {
    const boundary = 'b';
    const { attachments } = await deliver(
      rawMail({
        headers: { 'Content-Type': `multipart/mixed; boundary="${boundary}"` },
        body: [
          `--${boundary}`,
          'Content-Type: text/plain',
          '',
          'The invoice is attached.',
          `--${boundary}`,
          'Content-Type: application/octet-stream',
          // "invoice‮fdp.exe" shows as "invoiceexe.pdf"; the name is UTF-8, as RFC 2231 spells it.
          `Content-Disposition: attachment; filename*=utf-8''${encodeURIComponent('invoice\u202efdp\u200b.exe')}`,
          '',
          'MZ',
          `--${boundary}--`,
        ].join('\n'),
      }),
    );
    assert.deepEqual(
      attachments.map((attachment) => attachment.filename),
      ['invoicefdp.exe'],
    );
  });

  it('shows no image or link of the mail that the console would fetch from its own server', async () => {
    const { email } = await deliver(
      rawMail({
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<p>Hi</p><img src="/api/v1/auth/csrf"><img src="x.gif"><a href="/logout">out</a><img src="data:image/png;base64,iVBORw0KGgo=">',
      }),
    );
    assert.equal(email.status, 'threaded', email.problem);
    assert.doesNotMatch(email.htmlBody ?? '', /csrf|x\.gif|logout/);
    assert.match(email.htmlBody ?? '', /<img src="data:image\/png;base64,iVBORw0KGgo=" \/>/);
  });

  it('threads once a mail without a Message-ID that its server sends again, having never heard the 250', async () => {
    const customer = await buildCustomer(t.ctx, { email: 'nora@customer.test' });
    const opened = await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id });
    const raw = rawMail({
      from: 'Nora <nora@customer.test>',
      to: replyAddressFor(t.ctx.linkSecret, t.ctx.replyMailbox, opened.replyKey),
      headers: { 'Message-ID': '' },
      body: 'Still no refund.',
    });
    // The first delivery: stored, but the connection drops before the sender reads its 250.
    const firstStored = new Promise<string>((resolve) => {
      stored = resolve;
    });
    const dialog = await openSmtpDialog(mailIn.port);
    await dialog.command('EHLO mx.customer.test');
    await dialog.command('MAIL FROM:<nora@customer.test>');
    await dialog.command(`RCPT TO:<${TEST_REPLY_MAILBOX}>`);
    await dialog.command('DATA');
    dialog.write(`${raw.replace(/\r\n$/, '')}\r\n.\r\n`);
    dialog.close();
    const first = await firstStored;
    stored = () => {};
    // Its server tries again, with the same bytes.
    const again = await mailIn.send(raw, { from: 'nora@customer.test' });
    await runJobs(t);

    const [one, two] = [await getInboundEmail(t.ctx, first), await getInboundEmail(t.ctx, again)];
    assert.deepEqual(
      [one.email.status, two.email.status].sort(),
      ['ignored', 'threaded'],
      `${one.email.problem} / ${two.email.problem}`,
    );
    assert.match([one, two].find((e) => e.email.status === 'ignored')?.email.problem ?? '', /redelivery/);
    const messages = await t.ctx.db
      .selectFrom('case_events')
      .select('body')
      .where('case_id', '=', opened.id)
      .where('kind', '=', 'message_in')
      .execute();
    assert.deepEqual(
      messages.map((m) => m.body),
      ['Still no refund.'],
    );
  });

  /**
   * Probing: one 1.1 MB mail of 100,000 nested <div>s froze the whole app (HTTP included) for 25 s
   * while sanitize-html worked through it (its time grows with the square of the depth), then failed
   * on the visible reply's recursion; 1.2 million elements took 6 s.
   */
  it(`shows a mail whose HTML nests past ${MAX_HTML_DEPTH} or holds more than ${MAX_HTML_ELEMENTS} elements by its text, and flags one that has only that HTML`, async () => {
    const deep = `${'<div>'.repeat(20_000)}deep words${'</div>'.repeat(20_000)}`;
    const wide = '<p>x'.repeat(MAX_HTML_ELEMENTS + 1);
    for (const html of [deep, wide]) {
      const boundary = 'alt';
      const { email } = await deliver(
        rawMail({
          headers: { 'Content-Type': `multipart/alternative; boundary="${boundary}"` },
          body: [
            `--${boundary}`,
            'Content-Type: text/plain; charset=utf-8',
            '',
            'The plain words of it.',
            `--${boundary}`,
            'Content-Type: text/html; charset=utf-8',
            '',
            html,
            `--${boundary}--`,
          ].join('\n'),
        }),
      );
      assert.equal(email.status, 'threaded', email.problem);
      assert.equal(email.htmlBody, undefined, 'its HTML is not shown');
      assert.match(email.textBody ?? '', /The plain words of it\./);
    }
    const { email } = await deliver(
      rawMail({ headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: deep }),
    );
    assert.equal(email.status, 'flagged');
    assert.match(email.problem ?? '', new RegExp(`nests its HTML deeper than ${MAX_HTML_DEPTH}`));
  });
});
