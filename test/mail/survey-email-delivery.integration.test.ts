import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { buildSurvey, emailsOfBlast, unsubscribeTokenOf } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'Example Shop', address: 'surveys@shop.example' };

describe('survey emails over SMTP', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let supervisor: Client;
  let surveyId: string;
  const blast = async (recipients: { email: string; name?: string }[]) => {
    const response = await supervisor.request('POST', '/api/v1/blasts', { surveyId, recipients });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().blast as { id: string; queued: number; skippedSuppressed: number };
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

  it('sends each email once when its send job runs twice, even side by side', async () => {
    const started = await blast([{ email: 'dee@example.test' }, { email: 'eli@example.test' }]);
    // A second job for every email, as a retry racing the first would be.
    await sql`
      SELECT graphile_worker.add_job('send-email', json_build_object('emailId', id))
      FROM outbound_emails WHERE blast_id = ${started.id}
    `.execute(t.ctx.db);
    await runJobs(t, mailer);
    await sql`
      SELECT graphile_worker.add_job('send-email', json_build_object('emailId', id))
      FROM outbound_emails WHERE blast_id = ${started.id}
    `.execute(t.ctx.db);
    await runJobs(t, mailer);
    assert.equal(mailsTo('dee@example.test').length, 1);
    assert.equal(mailsTo('eli@example.test').length, 1);
    const attempts = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('attempts')
      .where('blast_id', '=', started.id)
      .execute();
    assert.deepEqual(
      attempts.map((row) => row.attempts),
      [1, 1],
      'only one job claimed each email',
    );
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

    const second = await blast([{ email: 'Gone@Example.test' }, { email: 'fay@example.test' }]);
    assert.equal(second.queued, 1);
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
