import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { postForm } from '../support/customer-pages.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'The Vase Shop', address: 'care@shop.example' };
// The owner's words and the customer's title reach the mail: HTML in them must arrive as text.
const PARTS = {
  whatWentWrong: 'The courier <b>crushed</b> the parcel & left it in the rain.',
  howFixed: 'A new vase went out by hand delivery.',
  whyNotAgain: 'Fragile parcels now need a signature.',
};

describe('the follow-up email, over SMTP', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let owner: User;
  let clock = new Date(Date.now() - 10 * 86_400_000);
  before(async () => {
    t = await startTestApp({ now: () => clock });
    t.ctx.replyMailbox = 'care@shop.example';
    await ensureDefaultSurvey(t.ctx);
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: FROM });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it('arrives once with the six parts and working one-click recovery rating links', async () => {
    const { customer } = await upsertCustomer(t.ctx, undefined, {
      name: 'Rita Moreno',
      emails: ['rita@example.test'],
    });
    const c = await buildCase(t.ctx, {
      customerId: customer.id,
      ownerId: owner.id,
      title: 'Vase <i>broken</i>',
    });
    await changeCaseStatus(t.ctx, { userId: owner.id, role: 'agent', via: 'session' }, c.id, {
      status: 'resolved',
      resolution: PARTS,
    });
    const timer = (await listCaseTimers(t.ctx.db, c.id)).find((x) => x.kind === 'follow_up_due');
    assert.ok(timer);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    // The mailer's hand-off deadline counts in real time: the outbox works in the present.
    clock = new Date();
    await runJobs(t, mailer);
    await runJobs(t, mailer); // a second worker pass sends nothing more

    const mails = peer.received.filter((m) => m.envelopeTo.includes('rita@example.test'));
    const state = await t.ctx.db
      .selectFrom('outbound_emails')
      .select(['status', 'last_error', 'kind'])
      .where('case_id', '=', c.id)
      .execute();
    assert.equal(mails.length, 1, `one follow-up mail: ${JSON.stringify(state)}`);
    const mail = mails[0];
    assert.ok(mail);
    const text = mail.parsed.text ?? '';
    assert.match(mail.parsed.subject ?? '', /How are things since we resolved your case\?/);
    assert.match(mail.parsed.subject ?? '', new RegExp(`#${c.number}`));
    assert.ok(text.startsWith('Hello Rita,'), text);
    for (const part of [
      'sincerely sorry',
      `What went wrong: ${PARTS.whatWentWrong}`,
      `How we resolved it: ${PARTS.howFixed}`,
      `Why it won't happen again: ${PARTS.whyNotAgain}`,
      'Thank you',
    ])
      assert.ok(text.includes(part), `the text says: ${part}`);
    const html = String(mail.parsed.html);
    assert.ok(html.includes('The courier &lt;b&gt;crushed&lt;/b&gt; the parcel &amp; left it'), 'escaped');
    assert.ok(!html.includes('<b>crushed'), 'no markup from the owner’s words');
    assert.ok(!html.includes('<i>broken'), 'no markup from the title');
    assert.ok(
      mail.headerLines.some((line) => /^Reply-To: .+@shop\.example/i.test(line)),
      'replies land on the case',
    );

    const links = text.match(/http:\/\/amends\.test\/r\/\S+/g) ?? [];
    assert.equal(links.length, 4, 'one link per answer of the thermometer');
    for (const link of links) assert.ok(html.includes(`href="${link}"`), 'the HTML carries the same links');
    const opened = await t.app.inject({ method: 'GET', url: new URL(links[0] ?? '').pathname });
    assert.equal(opened.statusCode, 200);
    const confirmed = await postForm(t, new URL(links[0] ?? '').pathname, { source: 'page' });
    assert.equal(confirmed.statusCode, 303, confirmed.body);
    const request = await t.ctx.db
      .selectFrom('rating_requests')
      .selectAll()
      .where('case_id', '=', c.id)
      .executeTakeFirstOrThrow();
    assert.equal(request.touchpoint_type, 'recovery');
    assert.equal(request.touchpoint_ref, `case ${c.number} resolution 1`);
    assert.equal(request.last_score, 4, 'the click is recorded on the recovery rating');
    const email = await t.ctx.db
      .selectFrom('outbound_emails')
      .select(['status', 'kind'])
      .where('case_id', '=', c.id)
      .where('kind', '=', 'follow-up')
      .execute();
    assert.deepEqual(email, [{ status: 'sent', kind: 'follow-up' }]);
  });
});
