import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendEmail } from '../../src/jobs/tasks/send-email.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { SEND_EMAIL } from '../../src/store/job.store.ts';
import { buildSurvey, emailsOfBlast, prepareNow, unsubscribeTokenOf } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { jobHelpers, queuedJobCount, runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'Example Shop', address: 'surveys@shop.example' };

/**
 * The mailer, except that its first send waits: `entered` resolves when the first message reaches
 * it, and that message goes on to the real mailer only after `release()`.
 */
function holdFirstSend(inner: Mailer) {
  const entered = Promise.withResolvers<void>();
  const released = Promise.withResolvers<void>();
  let sends = 0;
  const mailer: Mailer = {
    ...inner,
    async send(message) {
      sends += 1;
      if (sends === 1) {
        entered.resolve();
        await released.promise;
      }
      return inner.send(message);
    },
  };
  return { mailer, entered: entered.promise, release: () => released.resolve(), sends: () => sends };
}

describe('survey emails over SMTP', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let supervisor: Client;
  let surveyId: string;
  const blast = async (recipients: { email: string; name?: string }[]) => {
    const response = await supervisor.request('POST', '/api/v1/blasts', { surveyId, recipients });
    assert.equal(response.statusCode, 201, response.body);
    return prepareNow(t, response.json().blast.id);
  };
  const mailsTo = (address: string) => peer.received.filter((m) => m.envelopeTo.includes(address));
  const header = (lines: string[], name: string) =>
    lines.filter((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`));

  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: FROM });
    const person = await buildUser(t.ctx, { role: 'supervisor' });
    supervisor = await signIn(t.app, person.email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx, 'How did we do with your delivery?')).id;
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it('sends a blast to 3 customers as 3 mails with their rating links, an unsubscribe link and both List-Unsubscribe headers', async () => {
    const started = await blast([
      { email: 'ann@example.test', name: 'Ann <Lee> & Co' },
      { email: 'bob@example.test', name: 'Bob' },
      { email: 'cy@example.test' },
    ]);
    assert.equal(started.queued, 3);
    await runJobs(t, mailer);

    for (const address of ['ann@example.test', 'bob@example.test', 'cy@example.test']) {
      const [mail, ...more] = mailsTo(address);
      assert.ok(mail, `a mail reached ${address}`);
      assert.equal(more.length, 0);
      assert.deepEqual(mail.envelopeTo, [address]);
      assert.equal(mail.parsed.subject, 'How did we do with your delivery?');
      assert.equal(mail.parsed.from?.value[0]?.address, FROM.address);
      const token = await unsubscribeTokenOf(t, address);
      const unsubscribeUrl = `http://amends.test/u/${token}`;
      assert.deepEqual(header(mail.headerLines, 'List-Unsubscribe'), [
        `List-Unsubscribe: <${unsubscribeUrl}>`,
      ]);
      assert.deepEqual(header(mail.headerLines, 'List-Unsubscribe-Post'), [
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ]);
      assert.match(
        header(mail.headerLines, 'Message-ID')[0] ?? '',
        /^Message-ID: <[0-9a-f-]{36}@shop\.example>$/i,
      );
      const ratingLinks = mail.parsed.text?.match(/http:\/\/amends\.test\/r\/\S+/g) ?? [];
      assert.equal(ratingLinks.length, 4, 'one link per answer of the thermometer');
      assert.ok(mail.parsed.text?.includes(unsubscribeUrl));
      const html = String(mail.parsed.html);
      for (const link of ratingLinks)
        assert.ok(html.includes(`href="${link}"`), 'the HTML carries the same links');
      assert.ok(html.includes(`href="${unsubscribeUrl}"`));
      // The link in the mail is a working rating link.
      const opened = await t.app.inject({ method: 'GET', url: new URL(ratingLinks[0] ?? '').pathname });
      assert.equal(opened.statusCode, 200);
    }
    const ann = mailsTo('ann@example.test')[0];
    assert.match(ann?.parsed.text ?? '', /^Hello Ann <Lee> & Co,/);
    assert.ok(
      String(ann?.parsed.html).includes('Hello Ann &lt;Lee&gt; &amp; Co,'),
      'the name is escaped in HTML',
    );
    assert.match(mailsTo('cy@example.test')[0]?.parsed.text ?? '', /^Hello,\n/);
    const statuses = await emailsOfBlast(t, started.id);
    assert.deepEqual([...statuses.values()], ['sent', 'sent', 'sent']);
  });

  it('sends an email once when a second job for it runs while the first is handing it to the SMTP server', async () => {
    const started = await blast([{ email: 'dee@example.test' }]);
    const { id: emailId } = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('id')
      .where('blast_id', '=', started.id)
      .executeTakeFirstOrThrow();
    const gate = holdFirstSend(mailer);
    const task = sendEmail(t.ctx, gate.mailer);

    // The first job claims the email and stops at the mailer, holding it.
    const first = Promise.resolve(task({ emailId }, jobHelpers()));
    const firstJob = await Promise.race([
      gate.entered.then(() => 'at the mailer'),
      first.then(() => 'finished'),
    ]);
    assert.equal(firstJob, 'at the mailer');
    // A second job for the same email (a retry racing the first) runs to its end meanwhile.
    await task({ emailId }, jobHelpers());
    assert.equal(gate.sends(), 1, 'the second job handed nothing to the mailer');
    assert.equal(mailsTo('dee@example.test').length, 0);

    gate.release();
    await first;
    assert.equal(mailsTo('dee@example.test').length, 1);
    const attemptsOf = () =>
      t.ctx.db
        .selectFrom('outbound_emails')
        .select(['attempts', 'status'])
        .where('id', '=', emailId)
        .executeTakeFirstOrThrow();
    assert.deepEqual(await attemptsOf(), { attempts: 1, status: 'sent' }, 'only one job claimed it');

    // The blast's own job for the email runs later, through the worker: still that one mail.
    assert.equal(await queuedJobCount(t.ctx.db, SEND_EMAIL, [emailId]), 1);
    await runJobs(t, mailer);
    assert.equal(await queuedJobCount(t.ctx.db, SEND_EMAIL, [emailId]), 0, 'the job ran');
    assert.equal(mailsTo('dee@example.test').length, 1);
    assert.deepEqual(await attemptsOf(), { attempts: 1, status: 'sent' });
  });

  it('marks an address bounced after a 550 and never mails it again', async () => {
    peer.refuse('gone@example.test');
    const first = await blast([{ email: 'gone@example.test' }, { email: 'fay@example.test' }]);
    await runJobs(t, mailer);
    assert.equal(mailsTo('fay@example.test').length, 1);
    assert.equal(mailsTo('gone@example.test').length, 0);
    assert.equal((await emailsOfBlast(t, first.id)).get('gone@example.test'), 'failed');
    const suppression = await t.ctx.db
      .selectFrom('email_suppressions')
      .selectAll()
      .where('email', '=', 'gone@example.test')
      .executeTakeFirstOrThrow();
    assert.equal(suppression.reason, 'bounced');
    assert.match(suppression.detail ?? '', /550/);

    // Another list (the same one within a day is refused as a retried upload).
    const second = await blast([
      { email: 'Gone@Example.test' },
      { email: 'fay@example.test' },
      { email: 'ivy@example.test' },
    ]);
    assert.equal(second.queued, 2);
    assert.equal(second.skippedSuppressed, 1);
    await runJobs(t, mailer);
    assert.equal((await emailsOfBlast(t, second.id)).has('gone@example.test'), false);
    assert.equal(mailsTo('fay@example.test').length, 2);
  });

  it('checks the suppression list again right before sending: an unsubscribe while queued stops the mail', async () => {
    const started = await blast([{ email: 'gil@example.test' }, { email: 'hal@example.test' }]);
    const token = await unsubscribeTokenOf(t, 'gil@example.test');
    const unsubscribed = await t.app.inject({ method: 'POST', url: `/u/${token}` });
    assert.equal(unsubscribed.statusCode, 200);
    await runJobs(t, mailer);
    assert.equal(mailsTo('gil@example.test').length, 0);
    assert.equal(mailsTo('hal@example.test').length, 1);
    assert.equal((await emailsOfBlast(t, started.id)).get('gil@example.test'), 'suppressed');
  });

  it('adds no header when a customer name tries to smuggle one in', async () => {
    await blast([{ email: 'eve@example.test', name: 'Eve\r\nBcc: x@evil.test' }]);
    await runJobs(t, mailer);
    const [mail] = mailsTo('eve@example.test');
    assert.ok(mail);
    assert.deepEqual(mail.envelopeTo, ['eve@example.test'], 'no second recipient in the envelope');
    assert.deepEqual(header(mail.headerLines, 'Bcc'), []);
    assert.equal(mail.parsed.bcc, undefined);
    assert.equal(mailsTo('x@evil.test').length, 0);
    const to = mail.parsed.to && !Array.isArray(mail.parsed.to) ? mail.parsed.to.value : [];
    assert.deepEqual(
      to.map((a) => a.address),
      ['eve@example.test'],
    );
    assert.equal(to[0]?.name, 'Eve Bcc: x@evil.test');
  });
});
