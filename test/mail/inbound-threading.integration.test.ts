import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { getCase } from '../../src/app/cases/get-case.ts';
import { getInboundEmail } from '../../src/app/inbound/get-inbound-email.ts';
import type { Case } from '../../src/core/case/case.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import type { Customer } from '../../src/core/customer/customer.ts';
import type { User } from '../../src/core/team/user.ts';
import { queueOutboundEmails } from '../../src/store/outbound-email.store.ts';
import { buildCase, buildCustomer, buildUser, RESOLUTION } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, rawMail, startMailIn } from '../support/mail-in.ts';
import { offlineDns } from '../support/offline-dns.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('a customer’s mail reaches its case', () => {
  let t: TestApp;
  let owner: User;
  let mailIn: MailIn;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Owner' });
    mailIn = await startMailIn(t.ctx);
  });
  after(async () => {
    await mailIn.close();
    await t.close();
  });

  /** Sends the mail over SMTP, runs its job, and returns the email as the console would see it. */
  const deliver = async (raw: string | Buffer, envelope?: { from?: string; to?: string[] }) => {
    const id = await mailIn.send(raw, envelope);
    await runJobs(t);
    return getInboundEmail(t.ctx, id);
  };
  const eventOf = (id: number | undefined) =>
    t.ctx.db
      .selectFrom('case_events')
      .selectAll()
      .where('id', '=', id ?? -1)
      .executeTakeFirstOrThrow();
  const replyTo = (opened: Case) => replyAddressFor(t.ctx.linkSecret, t.ctx.replyMailbox, opened.replyKey);
  const caseFor = async (email?: string): Promise<{ customer: Customer; opened: Case }> => {
    const customer = await buildCustomer(t.ctx, email ? { email } : {});
    return { customer, opened: await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id }) };
  };
  const count = async (table: 'cases' | 'customers' | 'outbound_emails' | 'case_events') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('threads by the case’s reply address, keeping only the visible reply', async () => {
    const { customer, opened } = await caseFor();
    const address = customer.emails[0] ?? '';
    const { email } = await deliver(
      rawMail({
        from: `Ann <${address}>`,
        to: replyTo(opened),
        subject: 'Re: Your case',
        body: 'Any news about my vase?\n\nOn Mon, 7 Dec 2026 at 10:00, Shop <support@shop.test> wrote:\n> We are sorry.',
        headers: { 'Message-ID': '<reply-1@customer.test>' },
      }),
      { from: address, to: [replyTo(opened)] },
    );
    assert.equal(email.status, 'threaded');
    assert.equal(email.caseId, opened.id);
    const event = await eventOf(email.caseEventId);
    assert.equal(event.kind, 'message_in');
    assert.equal(event.body, 'Any news about my vase?');
    assert.deepEqual(event.data, {
      channel: 'email',
      inboundEmailId: email.id,
      messageId: '<reply-1@customer.test>',
      references: [],
      from: address,
      threadedBy: 'reply_address',
      sender: 'customer',
    });
    const detail = await getCase(t.ctx, opened.id);
    assert.ok(detail.case.unansweredSince, 'the wait for an answer started');
  });

  it('threads by a Message-ID of ours in In-Reply-To', async () => {
    const { customer, opened } = await caseFor();
    const [outboundId = ''] = await queueOutboundEmails(t.ctx.db, [
      {
        intentKey: `test:${opened.id}`,
        kind: 'case-alert',
        toAddress: customer.emails[0] ?? '',
        blastId: undefined,
        ratingRequestId: undefined,
        caseId: opened.id,
        createdAt: new Date(),
      },
    ]);
    const ours = `<${outboundId}@shop.test>`;
    // As the send job keeps it once composed: the Message-ID a reply names.
    await t.ctx.db
      .updateTable('outbound_emails')
      .set({ message_id: ours })
      .where('id', '=', outboundId)
      .execute();
    const { email } = await deliver(
      rawMail({ from: customer.emails[0], headers: { 'In-Reply-To': ours, References: ours } }),
    );
    assert.equal(email.caseId, opened.id);
    assert.equal((await eventOf(email.caseEventId)).data.threadedBy, 'references');
  });

  it('opens a case for a new sender, then threads a colleague’s reply to that mail by References', async () => {
    const before = { cases: await count('cases'), customers: await count('customers') };
    const first = await deliver(
      rawMail({
        from: 'Nora New <Nora@New.test>',
        subject: 'Fwd: Boiler died in winter',
        body: 'Our boiler stopped on Sunday and nobody came.',
        headers: { 'Message-ID': '<first@new.test>' },
      }),
    );
    assert.equal(first.email.status, 'threaded');
    assert.equal(await count('cases'), before.cases + 1);
    assert.equal(await count('customers'), before.customers + 1);
    const opened = (await getCase(t.ctx, first.email.caseId ?? '')).case;
    assert.equal(opened.title, 'Boiler died in winter');
    assert.equal(opened.story, 'Our boiler stopped on Sunday and nobody came.');
    assert.equal(opened.channel, 'email');
    const customer = await t.ctx.db
      .selectFrom('customers')
      .selectAll()
      .where('id', '=', opened.customerId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(customer.emails, ['nora@new.test']);
    assert.equal(customer.name, 'Nora New');
    assert.equal((await eventOf(first.email.caseEventId)).data.threadedBy, 'new_case');

    const colleague = await deliver(
      rawMail({
        from: 'colleague@new.test',
        headers: { References: '<first@new.test>' },
        body: 'Same here.',
      }),
    );
    assert.equal(colleague.email.caseId, opened.id);
    const event = await eventOf(colleague.email.caseEventId);
    assert.equal(event.data.threadedBy, 'references');
    assert.equal(event.data.sender, 'stranger');
  });

  it('threads by the sender when they have exactly one active case, and opens a new one when they have two', async () => {
    const { customer, opened } = await caseFor();
    const address = customer.emails[0] ?? '';
    const one = await deliver(rawMail({ from: address, subject: 'Another thing' }));
    assert.equal(one.email.caseId, opened.id);
    assert.equal((await eventOf(one.email.caseEventId)).data.threadedBy, 'sender');

    await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id });
    const cases = await count('cases');
    const two = await deliver(rawMail({ from: address, subject: 'A third thing' }));
    assert.equal(await count('cases'), cases + 1, 'a new case: which of the two it is about is not known');
    assert.equal((await eventOf(two.email.caseEventId)).data.threadedBy, 'new_case');
  });

  it('threads a stranger’s mail to a case’s reply address, marked, without adding them to the customer', async () => {
    const { customer, opened } = await caseFor();
    const { email } = await deliver(rawMail({ from: 'Spouse <spouse@other.test>', to: replyTo(opened) }));
    assert.equal(email.caseId, opened.id);
    const event = await eventOf(email.caseEventId);
    assert.equal(event.data.sender, 'stranger');
    assert.equal(event.data.from, 'spouse@other.test');
    const after = await t.ctx.db
      .selectFrom('customers')
      .select('emails')
      .where('id', '=', customer.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(after.emails, customer.emails);
  });

  it('reopens a closed case when the customer replies to it, counted', async () => {
    const { customer, opened } = await caseFor();
    const actor = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
    await changeCaseStatus(t.ctx, actor, opened.id, { status: 'resolved', resolution: RESOLUTION });
    await changeCaseStatus(t.ctx, actor, opened.id, { status: 'closed' });
    const { email } = await deliver(
      rawMail({ from: customer.emails[0], to: replyTo(opened), body: 'It broke again.' }),
    );
    assert.equal(email.caseId, opened.id);
    const reopened = (await getCase(t.ctx, opened.id)).case;
    assert.equal(reopened.status, 'open');
    assert.equal(reopened.reopenCount, 1);
  });

  it('a reply long after the case was resolved opens a new case that names it; the mail is threaded there', async () => {
    const { customer, opened } = await caseFor();
    const actor = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
    const monthAgo = new Date(Date.now() - 30 * 86_400_000);
    await changeCaseStatus({ ...t.ctx, now: () => monthAgo }, actor, opened.id, {
      status: 'resolved',
      resolution: RESOLUTION,
    });
    const { email } = await deliver(
      rawMail({ from: customer.emails[0], to: replyTo(opened), body: 'Now the lid is cracked too.' }),
    );
    assert.notEqual(email.caseId, opened.id, 'not the old case');
    const event = await eventOf(email.caseEventId);
    assert.equal(event.case_id, email.caseId, 'the mail and its event are on the new case');
    const old = (await getCase(t.ctx, opened.id)).case;
    assert.equal(old.status, 'resolved');
    assert.equal(old.reopenCount, 0);
    const fresh = await getCase(t.ctx, email.caseId ?? '');
    assert.equal(fresh.case.customerId, customer.id);
    assert.equal(fresh.case.status, 'open');
  });

  it('never opens a case or threads by sender for a From that fails DMARC; through the reply address it is threaded, marked', async () => {
    const { customer, opened } = await caseFor('ceo@bank.test');
    const forged = offlineDns({
      'TXT:_dmarc.bank.test': [['v=DMARC1; p=reject']],
      'TXT:bank.test': [['v=spf1 ip4:192.0.2.1 -all']],
    });
    const before = {
      cases: await count('cases'),
      customers: await count('customers'),
      events: await count('case_events'),
    };
    const id = await mailIn.send(rawMail({ from: 'CEO <ceo@bank.test>', subject: 'Wire the refund to me' }), {
      from: 'ceo@bank.test',
    });
    await runJobs(t, undefined, { dnsResolver: forged });
    const { email } = await getInboundEmail(t.ctx, id);
    assert.equal(email.status, 'flagged');
    assert.match(email.problem ?? '', /failed authentication/);
    assert.equal(email.authentication?.verdict, 'failed');
    assert.equal(email.authentication?.dmarc?.result, 'fail');
    assert.equal(email.authentication?.spf?.result, 'fail');
    assert.deepEqual(
      {
        cases: await count('cases'),
        customers: await count('customers'),
        events: await count('case_events'),
      },
      before,
      'no case, no customer, nothing on the case it could have been threaded to',
    );

    const viaReply = await mailIn.send(rawMail({ from: 'ceo@bank.test', to: replyTo(opened) }), {
      from: 'ceo@bank.test',
      to: [replyTo(opened)],
    });
    await runJobs(t, undefined, { dnsResolver: forged });
    const threaded = await getInboundEmail(t.ctx, viaReply);
    assert.equal(threaded.email.caseId, opened.id);
    const event = await eventOf(threaded.email.caseEventId);
    assert.equal(event.data.authentication, 'failed');
    assert.equal(event.data.sender, 'customer');
    assert.ok(customer);
  });

  it('records a passing SPF and DMARC', async () => {
    const { customer } = await caseFor('ann@good.test');
    const id = await mailIn.send(rawMail({ from: customer.emails[0] }), { from: 'ann@good.test' });
    await runJobs(t, undefined, {
      dnsResolver: offlineDns({
        'TXT:_dmarc.good.test': [['v=DMARC1; p=reject']],
        'TXT:good.test': [['v=spf1 ip4:127.0.0.1 -all']],
      }),
    });
    const { email } = await getInboundEmail(t.ctx, id);
    assert.equal(email.status, 'threaded');
    assert.equal(email.authentication?.verdict, 'pass');
    assert.equal((await eventOf(email.caseEventId)).data.authentication, undefined);
  });

  it('keeps header injection in subjects and names on one line', async () => {
    const encode = (text: string) => `=?utf-8?B?${Buffer.from(text).toString('base64')}?=`;
    const { email } = await deliver(
      rawMail({
        from: `${encode('Eve\r\nBcc: victim@elsewhere.test')} <eve@inject.test>`,
        subject: encode('Broken\r\nBcc: victim@elsewhere.test'),
      }),
    );
    const opened = (await getCase(t.ctx, email.caseId ?? '')).case;
    assert.equal(opened.title, 'Broken Bcc: victim@elsewhere.test');
    const customer = await t.ctx.db
      .selectFrom('customers')
      .select(['name', 'emails'])
      .where('id', '=', opened.customerId)
      .executeTakeFirstOrThrow();
    assert.equal(customer.name, 'Eve Bcc: victim@elsewhere.test');
    assert.deepEqual(customer.emails, ['eve@inject.test']);
  });

  it('takes an empty reply (kept, on the timeline, nothing invented) and a new case from an empty mail by its subject', async () => {
    const { customer, opened } = await caseFor();
    const reply = await deliver(rawMail({ from: customer.emails[0], to: replyTo(opened), body: '' }));
    assert.equal(reply.email.status, 'threaded');
    assert.equal((await eventOf(reply.email.caseEventId)).body, '');
    const fresh = await deliver(
      rawMail({ from: 'quiet@empty.test', subject: 'Photos of the damage', body: '' }),
    );
    assert.equal((await getCase(t.ctx, fresh.email.caseId ?? '')).case.story, 'Photos of the damage');
  });

  it('keeps a 1 MB reply whole in the email and cuts the timeline’s copy', async () => {
    const { customer, opened } = await caseFor();
    const long = 'All of it went wrong. '.repeat(48_000);
    const { email } = await deliver(rawMail({ from: customer.emails[0], to: replyTo(opened), body: long }));
    const event = await eventOf(email.caseEventId);
    assert.equal(event.body?.length, 20_000);
    assert.equal(event.data.cut, true);
    assert.equal(email.textBody?.trim(), long.trim());
  });

  it('ignores an auto-reply: no case, no event, nothing sent back', async () => {
    const { customer, opened } = await caseFor();
    const before = {
      cases: await count('cases'),
      events: await count('case_events'),
      out: await count('outbound_emails'),
    };
    const { email } = await deliver(
      rawMail({
        from: customer.emails[0],
        to: replyTo(opened),
        subject: 'Automatic reply: Your case',
        headers: { 'Auto-Submitted': 'auto-replied' },
        body: 'I am out of the office until Monday.',
      }),
    );
    assert.equal(email.status, 'ignored');
    assert.match(email.problem ?? '', /automatic reply/);
    assert.deepEqual(
      {
        cases: await count('cases'),
        events: await count('case_events'),
        out: await count('outbound_emails'),
      },
      before,
    );
  });

  it('ignores the same mail delivered twice (a redelivery after a lost 250)', async () => {
    const { customer, opened } = await caseFor();
    const raw = rawMail({
      from: customer.emails[0],
      to: replyTo(opened),
      headers: { 'Message-ID': '<twice@x.test>' },
    });
    const first = await deliver(raw);
    const events = await count('case_events');
    const second = await deliver(raw);
    assert.equal(first.email.status, 'threaded');
    assert.equal(second.email.status, 'ignored');
    assert.match(second.email.problem ?? '', /redelivery/);
    assert.equal(await count('case_events'), events);
  });
});
