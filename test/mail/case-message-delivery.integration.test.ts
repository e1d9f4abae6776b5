import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { appendCustomerMessage } from '../../src/app/conversation/append-customer-message.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import type { Case } from '../../src/core/case/case.ts';
import { replyAddressFor, statusPageUrl } from '../../src/core/case/case-links.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { insertSuppression } from '../../src/store/email-suppression.store.ts';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type ReceivedMail, type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

/** A live message that never comes fails the test instead of hanging the run. */
const WAIT_FOR_LIVE = { timeout: 30_000 };
const FROM = { name: 'The Vase Shop', address: 'care@shop.example' };

describe('a message to the customer, over SMTP', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let owner: User;
  let client: Client;
  before(async () => {
    t = await startTestApp();
    t.ctx.replyMailbox = 'care@shop.example';
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: FROM });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    client = await signIn(t.app, owner.email, TEST_PASSWORD);
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  const caseFor = async (customer: { name: string; email: string }, title = 'Vase arrived broken') => {
    const { customer: found } = await upsertCustomer(t.ctx, undefined, {
      name: customer.name,
      emails: [customer.email],
    });
    return buildCase(t.ctx, { customerId: found.id, ownerId: owner.id, title });
  };
  const send = async (caseId: string, body: unknown) => {
    const response = await client.request('POST', `/api/v1/cases/${caseId}/messages`, body);
    assert.equal(response.statusCode, 201, response.body);
    return response.json().message as { id: number; data: { emailId: string } };
  };
  const mailsTo = (address: string) => peer.received.filter((m) => m.envelopeTo.includes(address));
  const header = (mail: ReceivedMail | undefined, name: string) =>
    (mail?.headerLines ?? [])
      .filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      .map((line) => line.slice(name.length + 1).trim());
  const deliveryOf = async (caseId: string, eventId: number) => {
    const events = (await client.request('GET', `/api/v1/cases/${caseId}/events`)).json().events as {
      id: number;
      delivery: { status: string; error: string | null } | null;
    }[];
    return events.find((e) => e.id === eventId)?.delivery;
  };
  /**
   * Resolves when the consoles hear that a message's delivery changed on this case: a `case.changed`
   * made by nobody (a person's change names them in `by`, a customer's names the owner to alert).
   */
  const deliveryAnnounced = (caseId: string) => {
    const { promise, resolve } = Promise.withResolvers<LiveMessage>();
    const stop = t.live.subscribe((message) => {
      if (
        message.type === 'case.changed' &&
        message.caseId === caseId &&
        !message.by &&
        !message.customerWroteTo
      )
        resolve(message);
    });
    return promise.finally(stop);
  };

  it(
    'threads to the customer’s email, replies to the case, links the status page in both parts, and lets no name or title add a header',
    WAIT_FOR_LIVE,
    async () => {
      const opened = await caseFor(
        { name: 'Rita\r\nX-Injected: yes', email: 'rita@example.test' },
        'Vase\r\nBcc: thief@evil.test',
      );
      await t.ctx.db.transaction().execute((trx) =>
        appendCustomerMessage(trx, t.ctx.now(), {
          caseId: opened.id,
          body: 'It arrived in pieces.',
          channel: 'email',
          data: {
            inboundEmailId: '00000000-0000-4000-8000-000000000001',
            messageId: '<rita-1@mail.example>',
            references: ['<survey-7@shop.example>', '<bad\r\nBcc: x@evil.test>'],
            from: 'Rita <rita@example.test>',
          },
        }),
      );
      const message = await send(opened.id, {
        text: 'Hello {{customer.firstName}},\n\nI am sorry. {{statusPageUrl}}',
      });
      const announced = deliveryAnnounced(opened.id);
      await runJobs(t, mailer);

      const [mail, ...more] = mailsTo('rita@example.test');
      assert.ok(mail, 'the mail reached the customer');
      assert.equal(more.length, 0);
      assert.deepEqual(mail.envelopeTo, ['rita@example.test'], 'nobody else was mailed');
      const replyTo = replyAddressFor(t.ctx.linkSecret, 'care@shop.example', opened.replyKey);
      assert.deepEqual(header(mail, 'Reply-To'), [replyTo]);
      assert.deepEqual(header(mail, 'Message-ID'), [`<${message.data.emailId}@shop.example>`]);
      assert.deepEqual(header(mail, 'In-Reply-To'), ['<rita-1@mail.example>']);
      assert.deepEqual(header(mail, 'References'), ['<survey-7@shop.example> <rita-1@mail.example>']);
      assert.deepEqual(header(mail, 'Subject'), [`Re: Vase Bcc: thief@evil.test [#${opened.number}]`]);
      assert.deepEqual(header(mail, 'Bcc'), [], 'the title added no header');
      assert.deepEqual(header(mail, 'X-Injected'), [], 'the name added no header');
      assert.equal(mail.parsed.from?.value[0]?.address, 'care@shop.example');

      const page = statusPageUrl(t.ctx.publicUrl, t.ctx.linkSecret, opened.statusKey);
      assert.match(mail.parsed.text ?? '', /^Hello Rita,\n\nI am sorry\. /);
      assert.equal(
        mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value[0]?.name : '',
        'Rita X-Injected: yes',
      );
      assert.ok(
        mail.parsed.text?.includes(`a place to write to us: ${page}`),
        'the text part links the status page',
      );
      assert.ok(String(mail.parsed.html).includes(`href="${page}"`), 'the HTML part links the status page');
      assert.ok(
        String(mail.parsed.html).includes('The Vase Shop') || String(mail.parsed.html).includes('Amends'),
      );
      // The link in the mail is the case's own, signed.
      assert.equal(new URL(page).pathname.startsWith('/s/'), true);

      assert.deepEqual(await deliveryOf(opened.id, message.id), { status: 'sent', error: null });
      await announced;
    },
  );

  it('threads a second message to our first when the customer has not written since', async () => {
    const opened = await caseFor({ name: 'Sam Lee', email: 'sam@example.test' });
    const first = await send(opened.id, { text: 'First word.' });
    await runJobs(t, mailer);
    const second = await send(opened.id, { text: 'Second word.' });
    await runJobs(t, mailer);
    const [one, two] = mailsTo('sam@example.test');
    assert.deepEqual(header(one, 'In-Reply-To'), [], 'the first message starts the thread');
    assert.deepEqual(header(one, 'Subject'), [`Vase arrived broken [#${opened.number}]`]);
    const firstId = `<${first.data.emailId}@shop.example>`;
    assert.deepEqual(header(two, 'In-Reply-To'), [firstId]);
    assert.deepEqual(header(two, 'References'), [firstId]);
    assert.deepEqual(header(two, 'Message-ID'), [`<${second.data.emailId}@shop.example>`]);
  });

  it('shows a bounce on the timeline, live, and suppresses the address', WAIT_FOR_LIVE, async () => {
    const opened = await caseFor({ name: 'Gone', email: 'gone@example.test' });
    peer.refuse('gone@example.test');
    const message = await send(opened.id, { text: 'Hello.' });
    const told = deliveryAnnounced(opened.id);
    await runJobs(t, mailer);
    await told;
    const delivery = await deliveryOf(opened.id, message.id);
    assert.equal(delivery?.status, 'bounced');
    assert.match(delivery?.error ?? '', /550/);
    const again = await client.request('POST', `/api/v1/cases/${opened.id}/messages`, { text: 'Hello?' });
    assert.equal(again.json().code, 'CUSTOMER_UNREACHABLE');
  });

  it(
    'sends to an address unsubscribed from surveys, and not to one that bounced after the message was written',
    WAIT_FOR_LIVE,
    async () => {
      const quiet = await caseFor({ name: 'Quinn', email: 'quinn@example.test' });
      await insertSuppression(t.ctx.db, {
        email: 'quinn@example.test',
        reason: 'unsubscribed',
        detail: undefined,
        at: t.ctx.now(),
      });
      const toQuiet = await send(quiet.id, { text: 'About your complaint.' });

      const bouncing = await caseFor({ name: 'Bo', email: 'bo@example.test' });
      const toBouncing = await send(bouncing.id, { text: 'Hello.' });
      await insertSuppression(t.ctx.db, {
        email: 'bo@example.test',
        reason: 'bounced',
        detail: '550',
        at: t.ctx.now(),
      });
      const told = deliveryAnnounced(bouncing.id);
      await runJobs(t, mailer);
      await told;

      assert.equal(mailsTo('quinn@example.test').length, 1);
      assert.deepEqual(await deliveryOf(quiet.id, toQuiet.id), { status: 'sent', error: null });
      assert.equal(mailsTo('bo@example.test').length, 0);
      assert.deepEqual(await deliveryOf(bouncing.id, toBouncing.id), {
        status: 'suppressed',
        error: 'the address bounced',
      });
    },
  );

  it(
    'records a bounce over an earlier unsubscribe, so the next message to that address is refused',
    WAIT_FOR_LIVE,
    async () => {
      const opened = await caseFor({ name: 'Uma', email: 'uma@example.test' });
      await insertSuppression(t.ctx.db, {
        email: 'uma@example.test',
        reason: 'unsubscribed',
        detail: undefined,
        at: t.ctx.now(),
      });
      peer.refuse('uma@example.test');
      const message = await send(opened.id, { text: 'About your complaint.' });
      const told = deliveryAnnounced(opened.id);
      await runJobs(t, mailer);
      await told;
      assert.equal((await deliveryOf(opened.id, message.id))?.status, 'bounced');
      const suppression = await t.ctx.db
        .selectFrom('email_suppressions')
        .select('reason')
        .where('email', '=', 'uma@example.test')
        .executeTakeFirstOrThrow();
      assert.equal(suppression.reason, 'bounced');
      const again = await client.request('POST', `/api/v1/cases/${opened.id}/messages`, { text: 'Hello?' });
      assert.equal(again.json().code, 'CUSTOMER_UNREACHABLE');
    },
  );

  it('is held in the local outbox without SMTP, with the same headers kept', async () => {
    const opened: Case = await caseFor({ name: 'Hal', email: 'hal@example.test' });
    const message = await send(opened.id, { text: 'Held for now.' });
    await runJobs(t);
    assert.deepEqual(await deliveryOf(opened.id, message.id), { status: 'held', error: null });
    const email = await t.ctx.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('id', '=', message.data.emailId)
      .executeTakeFirstOrThrow();
    assert.equal(
      email.headers['Reply-To'],
      replyAddressFor(t.ctx.linkSecret, 'care@shop.example', opened.replyKey),
    );
    assert.equal(email.text_body?.startsWith('Held for now.\n\n--\n'), true);
    assert.equal(mailsTo('hal@example.test').length, 0);
  });
});
