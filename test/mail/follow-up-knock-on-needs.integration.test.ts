import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { answerKnockOnNeed } from '../../src/app/knock-on/answer-knock-on-need.ts';
import { saveIssueType } from '../../src/app/knock-on/save-issue-type.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser, RESOLUTION } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'Basement Care', address: 'care@shop.example' };

describe('the follow-up email names the knock-on needs looked after', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let owner: User;
  let admin: Actor;
  let clock = new Date(Date.now() - 10 * 86_400_000);
  before(async () => {
    t = await startTestApp({ now: () => clock });
    t.ctx.replyMailbox = 'care@shop.example';
    await ensureDefaultSurvey(t.ctx);
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: FROM });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    const adminUser = await buildUser(t.ctx, { role: 'admin' });
    admin = { userId: adminUser.id, role: 'admin', via: 'session' };
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it('says what was arranged with whom, partner names escaped, and leaves out what was not needed', async () => {
    // A partner's name is an admin's text: markup in it must reach the customer as text.
    const type = await saveIssueType(t.ctx, admin, undefined, {
      name: 'Flooded basement',
      archived: false,
      needs: [
        { label: 'Water damage restoration', partnerName: 'Dry<b>Fast</b> & Sons' },
        { label: 'An insurance letter' },
        { label: 'Temporary heating', partnerName: 'HeatHire' },
      ],
    });
    const { customer } = await upsertCustomer(t.ctx, undefined, {
      name: 'Rita Moreno',
      emails: ['rita@example.test'],
    });
    const c = await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id, issueTypeId: type.id });
    const asOwner: Actor = { userId: owner.id, role: 'agent', via: 'session' };
    const [restoration, letter, heating] = type.needs;
    assert.ok(restoration && letter && heating);
    await answerKnockOnNeed(t.ctx, asOwner, c.id, restoration.id, { answer: 'needed' });
    await answerKnockOnNeed(t.ctx, asOwner, c.id, letter.id, { answer: 'needed', note: 'Writing it today.' });
    await answerKnockOnNeed(t.ctx, asOwner, c.id, heating.id, { answer: 'not_needed' });
    await changeCaseStatus(t.ctx, asOwner, c.id, { status: 'resolved', resolution: RESOLUTION });
    const timer = (await listCaseTimers(t.ctx.db, c.id)).find((x) => x.kind === 'follow_up_due');
    assert.ok(timer);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    clock = new Date();
    await runJobs(t, mailer);

    const mails = peer.received.filter((m) => m.envelopeTo.includes('rita@example.test'));
    assert.equal(mails.length, 1);
    const text = mails[0]?.parsed.text ?? '';
    const sentence =
      'We arranged water damage restoration with Dry<b>Fast</b> & Sons and helped with an insurance letter.';
    assert.ok(text.includes(sentence), text);
    assert.ok(!text.includes('HeatHire'), 'a need the customer did not need is not named');
    assert.ok(
      text.indexOf('sincerely sorry') < text.indexOf(sentence) &&
        text.indexOf(sentence) < text.indexOf('What went wrong'),
      'with the amends, between the apology and what went wrong',
    );
    const html = String(mails[0]?.parsed.html);
    assert.ok(html.includes('Dry&lt;b&gt;Fast&lt;/b&gt; &amp; Sons'), 'escaped in the HTML');
    assert.ok(!html.includes('<b>Fast'), 'no markup from the partner’s name');

    const call = await t.ctx.db
      .selectFrom('case_tasks')
      .select('script')
      .where('case_id', '=', c.id)
      .where('kind', '=', 'follow_up_call')
      .executeTakeFirstOrThrow();
    assert.ok(call.script?.includes(sentence), 'the call script recalls them too');
  });
});
