import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type MailIn, rawMail, startMailIn } from '../support/mail-in.ts';
import { offlineDns } from '../support/offline-dns.ts';
import { statusPathOf } from '../support/status-page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Probing: a mail to a case's reply address from someone else (any From with the right address
 * threads, marked a stranger for the owner), or one whose From fails DMARC, showed on the customer's
 * private page among "their" messages — someone else's words, or a forger's, in their name. The
 * owner still sees them on the timeline, marked; the customer's page shows what they and we wrote.
 */
describe('the status page and mail the customer did not write', () => {
  let t: TestApp;
  let owner: User;
  let mailIn: MailIn;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { name: 'Maya Lind' });
    mailIn = await startMailIn(t.ctx);
  });
  after(async () => {
    await mailIn.close();
    await t.close();
  });

  it('shows the customer’s own mail, not a stranger’s nor one whose sender fails DMARC; the timeline keeps both, marked', async () => {
    const customer = await buildCustomer(t.ctx, { email: 'ann@bank.test' });
    const opened = await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id });
    const to = replyAddressFor(t.ctx.linkSecret, t.ctx.replyMailbox, opened.replyKey);
    const dns = offlineDns({
      'TXT:_dmarc.bank.test': [['v=DMARC1; p=reject']],
      'TXT:bank.test': [['v=spf1 ip4:192.0.2.1 -all']],
    });
    await mailIn.send(
      rawMail({ from: 'Eve <eve@customer.test>', to, body: 'Refund to IBAN XX00 EVIL, says Eve.' }),
      {
        from: 'eve@customer.test',
        to: [to],
      },
    );
    await mailIn.send(
      rawMail({ from: 'Ann <ann@bank.test>', to, body: 'Forged: send the refund elsewhere.' }),
      {
        from: 'ann@bank.test',
        to: [to],
      },
    );
    await runJobs(t, undefined, { dnsResolver: dns });
    const timeline = await t.ctx.db
      .selectFrom('case_events')
      .select(['body', 'data'])
      .where('case_id', '=', opened.id)
      .where('kind', '=', 'message_in')
      .execute();
    assert.equal(timeline.length, 2, 'both kept on the timeline');
    const dataOf = (words: RegExp) =>
      timeline.find((event) => words.test(event.body ?? ''))?.data as
        | { sender?: string; authentication?: string }
        | undefined;
    const [stranger, forged] = [dataOf(/IBAN/), dataOf(/Forged/)];
    assert.equal(stranger?.sender, 'stranger');
    assert.deepEqual([forged?.sender, forged?.authentication], ['customer', 'failed']);

    const page = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, opened.id) });
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /IBAN XX00 EVIL/);
    assert.doesNotMatch(page.body, /send the refund elsewhere/);

    // The customer's own reply on the page still shows.
    const ownReply = await t.app.inject({
      method: 'POST',
      url: `${await statusPathOf(t.ctx, opened.id)}/reply`,
      payload: 'message=The+real+Ann+here.',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(ownReply.statusCode, 303);
    const after = await t.app.inject({ method: 'GET', url: await statusPathOf(t.ctx, opened.id) });
    assert.match(after.body, /The real Ann here\./);
  });
});
