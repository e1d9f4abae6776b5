import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type ReceivedMail, type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { anonymousClient, type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const LINK = /http:\/\/amends\.test\/reset-password#(amr_[\w-]{43})/;

describe('password links by mail, over SMTP', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let asAdmin: Client;
  let asSupervisor: Client;
  // Each test asks from its own address: the per-address limit of the public route is tested on its own.
  let address = 0;
  const fromNewAddress = () => ({ 'x-forwarded-for': `203.0.113.${++address}` });

  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: { name: 'Example Shop', address: 'desk@shop.test' } });
    const admin = await buildUser(t.ctx, { role: 'admin', name: 'Ada Admin' });
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
    const supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    asSupervisor = await signIn(t.app, supervisor.email, TEST_PASSWORD);
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  const mailsTo = (to: string) => peer.received.filter((mail) => mail.envelopeTo.includes(to));
  const tokenIn = (mail: ReceivedMail | undefined) => {
    const token = mail?.parsed.text?.match(LINK)?.[1];
    assert.ok(token, `a reset link in: ${mail?.parsed.text}`);
    return token;
  };
  const choose = async (token: string, password: string) =>
    (await anonymousClient(t.app)).request('POST', '/api/v1/auth/password-reset', { token, password });
  const forgot = async (email: string, headers: Record<string, string> = fromNewAddress()) =>
    (await anonymousClient(t.app)).request('POST', '/api/v1/auth/forgot-password', { email }, headers);
  const mailByAdmin = async (user: User) => {
    const response = await asAdmin.request('POST', `/api/v1/users/${user.id}/password-reset-email`);
    assert.equal(response.statusCode, 202, response.body);
    return response.json() as { email: { id: string; to: string; kind: string }; expiresAt: string };
  };
  const emailRow = (id: string) =>
    t.ctx.db.selectFrom('outbound_emails').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it("mails an admin's link to the person only: it works once, and the outbox keeps no working copy", async () => {
    const agent = await buildUser(t.ctx, { role: 'agent', name: 'Ann <Agent> & Co' });
    const oldSession = await signIn(t.app, agent.email, TEST_PASSWORD);
    const { email } = await mailByAdmin(agent);
    assert.deepEqual([email.to, email.kind], [agent.email, 'password-reset']);

    await runJobs(t, mailer);
    const [mail, ...more] = mailsTo(agent.email);
    assert.ok(mail, 'the link reached the SMTP server');
    assert.equal(more.length, 0);
    assert.equal(mail.parsed.subject, 'Choose a new password for Amends');
    assert.match(mail.parsed.text ?? '', /^Hello Ann <Agent> & Co,\n\nAda Admin sent you this link/);
    const token = tokenIn(mail);
    const html = String(mail.parsed.html);
    assert.ok(html.includes(`href="http://amends.test/reset-password#${token}"`), 'the HTML has the link');
    assert.ok(html.includes('Hello Ann &lt;Agent&gt; &amp; Co,'), 'the name is escaped in HTML');

    // Neither the outbox (as a supervisor reads it) nor any stored row has the secret.
    const row = await emailRow(email.id);
    assert.equal(row.status, 'sent');
    assert.ok(!JSON.stringify(row).includes(token.slice(4)), 'the outbox row keeps the secret');
    assert.match(row.text_body ?? '', /reset-password#not-kept/);
    const shown = await asSupervisor.request('GET', `/api/v1/outbox/${email.id}`);
    assert.equal(shown.statusCode, 200);
    assert.ok(!shown.body.includes(token.slice(4)), 'the outbox shows the secret');
    const resets = await t.ctx.db
      .selectFrom('password_resets')
      .selectAll()
      .where('user_id', '=', agent.id)
      .execute();
    assert.ok(!JSON.stringify(resets).includes(token.slice(4)), 'the reset keeps the secret');
    assert.equal((await choose('amr_not-kept', 'a password from the outbox')).statusCode, 410);

    // Until it is used the old password works; then the new one does, once, and old sessions end.
    await signIn(t.app, agent.email, TEST_PASSWORD);
    assert.equal((await choose(token, 'chosen from the mail')).statusCode, 204);
    await signIn(t.app, agent.email, 'chosen from the mail');
    assert.equal((await oldSession.request('GET', '/api/v1/me')).statusCode, 401);
    assert.equal((await choose(token, 'chosen again from the mail')).statusCode, 410);
    await signIn(t.app, agent.email, 'chosen from the mail');
  });

  it('answers "Forgot your password?" the same for every address, and mails only an active person', async () => {
    const active = await buildUser(t.ctx, { role: 'agent', name: 'Fay Forgetful' });
    const leaver = await buildUser(t.ctx, { role: 'agent' });
    await t.ctx.db.updateTable('users').set({ active: false }).where('id', '=', leaver.id).execute();
    const answers = await Promise.all(
      [active.email.toUpperCase(), leaver.email, 'nobody@example.test'].map((email) => forgot(email)),
    );
    for (const answer of answers) {
      assert.equal(answer.statusCode, 202, answer.body);
      assert.equal(answer.body, answers[0]?.body, 'one answer tells nothing about the address');
    }
    assert.match(answers[0]?.json().detail, /^If an active account uses this address, a link/);

    await runJobs(t, mailer);
    assert.equal(mailsTo(leaver.email).length, 0);
    assert.equal(mailsTo('nobody@example.test').length, 0);
    const [mail] = mailsTo(active.email);
    assert.match(mail?.parsed.text ?? '', /Someone asked on the sign-in page/);
    const token = tokenIn(mail);
    assert.equal((await choose(token, 'remembered at last')).statusCode, 204);
    assert.equal((await choose(token, 'remembered twice')).statusCode, 410);
    await signIn(t.app, active.email, 'remembered at last');
  });

  it('mails one person at most three links an hour from the sign-in page, answering the same', async () => {
    const person = await buildUser(t.ctx, { role: 'agent' });
    for (let asked = 1; asked <= 5; asked++) {
      const answer = await forgot(person.email);
      assert.equal(answer.statusCode, 202, `request ${asked}: ${answer.body}`);
    }
    await runJobs(t, mailer);
    assert.equal(mailsTo(person.email).length, 3);
  });

  it('refuses a sixth request a minute from one address with 429, and a foreign page with 403', async () => {
    const headers = fromNewAddress();
    for (let asked = 1; asked <= 5; asked++)
      assert.equal((await forgot('nobody@example.test', headers)).statusCode, 202);
    const limited = await forgot('nobody@example.test', headers);
    assert.equal(limited.statusCode, 429);
    const foreign = await forgot('nobody@example.test', { ...fromNewAddress(), origin: 'https://evil.test' });
    assert.equal(foreign.statusCode, 403);
    assert.equal(foreign.json().code, 'FOREIGN_ORIGIN');
    const notAnAddress = await forgot('not an address');
    assert.equal(notAnAddress.statusCode, 400);
    assert.equal(notAnAddress.json().errors[0].field, 'body.email');
  });

  it('does not send a mailed link that was replaced before it went, nor one to a person deactivated meanwhile', async () => {
    const replaced = await buildUser(t.ctx, { role: 'agent' });
    const { email: first } = await mailByAdmin(replaced);
    const shownOnce = await asAdmin.request('POST', `/api/v1/users/${replaced.id}/password-reset-link`);
    assert.equal(shownOnce.statusCode, 201);
    const leaver = await buildUser(t.ctx, { role: 'agent' });
    const { email: second } = await mailByAdmin(leaver);
    const deactivated = await asAdmin.request('PATCH', `/api/v1/users/${leaver.id}`, { active: false });
    assert.equal(deactivated.statusCode, 200);

    await runJobs(t, mailer);
    assert.equal(mailsTo(replaced.email).length, 0);
    assert.equal(mailsTo(leaver.email).length, 0);
    for (const id of [first.id, second.id]) {
      const row = await emailRow(id);
      assert.equal(row.status, 'failed');
      assert.match(row.last_error ?? '', /^not sent: the link was used, replaced by a newer one or expired/);
    }
  });

  it('without an SMTP server makes no link at all, and the outbox says to show one instead', async () => {
    const person = await buildUser(t.ctx, { role: 'agent' });
    const { email } = await mailByAdmin(person);
    await runJobs(t);
    const row = await emailRow(email.id);
    assert.equal(row.status, 'failed');
    assert.match(row.last_error ?? '', /no SMTP server is configured .* Make a link shown once instead/);
    assert.equal(row.text_body, null);
    const reset = await t.ctx.db
      .selectFrom('password_resets')
      .select('token_hash')
      .where('id', '=', row.password_reset_id ?? '')
      .executeTakeFirstOrThrow();
    assert.equal(reset.token_hash, null, 'no secret was made');
  });

  it('answers 404 for an unknown person, 400 for a deactivated one, and 403 to a supervisor', async () => {
    const unknown = await asAdmin.request(
      'POST',
      '/api/v1/users/00000000-0000-4000-8000-000000000000/password-reset-email',
    );
    assert.equal(unknown.statusCode, 404);
    const leaver = await buildUser(t.ctx, { role: 'agent', name: 'Lee Leaver' });
    await t.ctx.db.updateTable('users').set({ active: false }).where('id', '=', leaver.id).execute();
    const refused = await asAdmin.request('POST', `/api/v1/users/${leaver.id}/password-reset-email`);
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().detail, 'Lee Leaver is deactivated; reactivate them first.');
    const forbidden = await asSupervisor.request('POST', `/api/v1/users/${leaver.id}/password-reset-email`);
    assert.equal(forbidden.statusCode, 403);
  });
});
