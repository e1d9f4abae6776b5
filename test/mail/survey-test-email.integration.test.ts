import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { buildSurvey } from '../support/blasts.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('"send me a test" of a survey email', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let person: User;
  let agent: Client;
  let surveyId: string;
  const count = async (table: 'customers' | 'rating_requests' | 'outbound_emails') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer();
    mailer = createMailer({
      smtpUrl: peer.url,
      from: { name: 'Example Shop', address: 'surveys@shop.test' },
    });
    person = await buildUser(t.ctx, { role: 'agent', name: 'Maya <Lopez>' });
    agent = await signIn(t.app, person.email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx, 'How did we do with your delivery?')).id;
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it("mails the survey's email to the signed-in person, making no customer or rating request", async () => {
    const before = await Promise.all([count('customers'), count('rating_requests')]);
    const answer = await agent.request('POST', `/api/v1/surveys/${surveyId}/test-email`);
    assert.equal(answer.statusCode, 202, answer.body);
    assert.equal(answer.json().email.to, person.email);
    assert.equal(answer.json().email.kind, 'survey-test');

    await runJobs(t, mailer);
    const [mail] = peer.received.filter((received) => received.envelopeTo.includes(person.email));
    assert.ok(mail, 'the test reached the SMTP server');
    assert.equal(mail.parsed.subject, 'How did we do with your delivery?');
    assert.match(mail.parsed.text ?? '', /^Hello Maya <Lopez>,/);
    assert.ok(String(mail.parsed.html).includes('Hello Maya &lt;Lopez&gt;,'), 'the name is escaped');
    assert.match(mail.parsed.text ?? '', /Excellent: http:\/\/amends\.test\/r\/test\.4\./);
    const status = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('status')
      .where('id', '=', answer.json().email.id)
      .executeTakeFirstOrThrow();
    assert.equal(status.status, 'sent');
    assert.deepEqual(await Promise.all([count('customers'), count('rating_requests')]), before);
  });

  it('refuses an unknown survey and queues nothing', async () => {
    const before = await count('outbound_emails');
    const answer = await agent.request(
      'POST',
      '/api/v1/surveys/00000000-0000-4000-8000-000000000000/test-email',
    );
    assert.equal(answer.statusCode, 404);
    assert.equal(await count('outbound_emails'), before);
  });
});
