import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { recoverStuckEmails, releaseHeldEmails } from '../../src/app/outbox/recover-stuck-emails.ts';
import {
  MAX_HANDOFF_WAIT_MS,
  MAX_SEND_ATTEMPTS,
  STALE_CLAIM_MS,
} from '../../src/core/mail/delivery-attempts.ts';
import { sendEmail } from '../../src/jobs/tasks/send-email.ts';
import { createMailer, type Mailer } from '../../src/mail/out/mailer.ts';
import { listCaseEvents } from '../../src/store/case-event.store.ts';
import { SEND_EMAIL } from '../../src/store/job.store.ts';
import { claimOutboundEmail, queueOutboundEmails } from '../../src/store/outbound-email.store.ts';
import { buildSurvey, prepareNow } from '../support/blasts.ts';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { jobHelpers, runJobs } from '../support/jobs.ts';
import { type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const FROM = { name: 'Example Shop', address: 'surveys@shop.example' };

describe('the outbox after crashes, failures and a missing SMTP server', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let mailer: Mailer;
  let supervisor: Client;
  let surveyId: string;
  const mailsTo = (address: string) => peer.received.filter((m) => m.envelopeTo.includes(address));
  const emailTo = (address: string) =>
    t.ctx.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('to_address', '=', address)
      .executeTakeFirstOrThrow();
  /** A one-recipient blast, prepared: its email is queued with its send job. */
  const blastTo = async (address: string) => {
    const response = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: address }],
    });
    assert.equal(response.statusCode, 201, response.body);
    await prepareNow(t, response.json().blast.id);
    return emailTo(address);
  };
  const jobOf = async (emailId: string) =>
    (
      await sql<{ run_at: Date; attempts: number }>`
        SELECT run_at, attempts FROM graphile_worker._private_jobs WHERE key = ${`${SEND_EMAIL.keyPrefix}:${emailId}`}`.execute(
        t.ctx.db,
      )
    ).rows[0];

  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer();
    mailer = createMailer({ smtpUrl: peer.url, from: FROM });
    supervisor = await signIn(t.app, (await buildUser(t.ctx, { role: 'supervisor' })).email, TEST_PASSWORD);
    surveyId = (await buildSurvey(t.ctx)).id;
  });
  after(async () => {
    await mailer.close();
    await peer.close();
    await t.close();
  });

  it('queues again a mail whose attempt died before composing it, and sends it once', async () => {
    const email = await blastTo('never-composed@example.test');
    // An attempt that claimed it and died at once (its process killed): `sending`, nothing kept.
    await claimOutboundEmail(t.ctx.db, email.id, new Date(Date.now() - STALE_CLAIM_MS - 1000));
    assert.deepEqual(await recoverStuckEmails(t.ctx, { claimantGone: false }), {
      requeued: 1,
      resent: 0,
      failed: 0,
    });
    await runJobs(t, mailer);
    assert.equal(mailsTo('never-composed@example.test').length, 1);
    assert.equal((await emailTo('never-composed@example.test')).status, 'sent');
  });

  it('leaves alone a claim young enough to be a live attempt, unless told its process is gone', async () => {
    const email = await blastTo('young-claim@example.test');
    await claimOutboundEmail(t.ctx.db, email.id, new Date());
    assert.deepEqual(await recoverStuckEmails(t.ctx, { claimantGone: false }), {
      requeued: 0,
      resent: 0,
      failed: 0,
    });
    assert.equal((await emailTo('young-claim@example.test')).status, 'sending');
    // At the start of the only process (the embedded database), every claim is a dead one's.
    const later = { ...t.ctx, now: () => new Date(Date.now() + 1000) };
    assert.equal((await recoverStuckEmails(later, { claimantGone: true })).requeued, 1);
    await runJobs(t, mailer);
    assert.equal(mailsTo('young-claim@example.test').length, 1);
  });

  it('sends a mail whose hand-off was cut short again as the same mail: same Message-ID, Date and text', async () => {
    const email = await blastTo('cut-short@example.test');
    // The first attempt composes, keeps and hands the mail over; the server takes it, then the
    // process dies before recording `sent` — as the peer sees it, one mail arrived.
    let handedOver = false;
    const dying: Mailer = {
      ...mailer,
      async send(message) {
        await mailer.send(message);
        handedOver = true;
        throw new Error('killed before recording the delivery');
      },
    };
    await assert.rejects(Promise.resolve(sendEmail(t.ctx, dying)({ emailId: email.id }, jobHelpers())));
    assert.ok(handedOver);
    const stuck = await emailTo('cut-short@example.test');
    assert.equal(stuck.status, 'sending');
    assert.ok(stuck.composed_at, 'the mail was kept before its hand-off');

    const later = { ...t.ctx, now: () => new Date(Date.now() + STALE_CLAIM_MS + 1000) };
    assert.deepEqual(await recoverStuckEmails(later, { claimantGone: false }), {
      requeued: 0,
      resent: 1,
      failed: 0,
    });
    await runJobs(t, mailer);
    const [first, second, ...more] = mailsTo('cut-short@example.test');
    assert.ok(first && second, 'the re-send arrived');
    assert.equal(more.length, 0);
    assert.equal(second.parsed.messageId, first.parsed.messageId, 'the same Message-ID');
    assert.equal(second.parsed.date?.toISOString(), first.parsed.date?.toISOString(), 'the same Date');
    assert.equal(second.parsed.subject, first.parsed.subject);
    assert.equal(second.parsed.text, first.parsed.text);
    assert.equal((await emailTo('cut-short@example.test')).status, 'sent');
  });

  it('retries a refused-for-now mail later, with the same mail, and backs off', async () => {
    peer.refuseData('greylisted@example.test', 451, 1);
    const email = await blastTo('greylisted@example.test');
    const before = Date.now();
    await sendEmail(t.ctx, mailer)({ emailId: email.id }, jobHelpers());
    const waiting = await emailTo('greylisted@example.test');
    assert.equal(waiting.status, 'queued');
    assert.match(waiting.last_error ?? '', /451/);
    const job = await jobOf(email.id);
    assert.ok(job, 'a job for the next attempt');
    const delay = job.run_at.getTime() - before;
    assert.ok(
      delay >= 59_000 && delay <= 61_000 + (Date.now() - before),
      `the next attempt in a minute (${delay} ms)`,
    );
    // The minute passes: the retry sends the mail kept by the first attempt.
    await sql`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${`${SEND_EMAIL.keyPrefix}:${email.id}`}`.execute(
      t.ctx.db,
    );
    await runJobs(t, mailer);
    const [mail, ...more] = mailsTo('greylisted@example.test');
    assert.equal(more.length, 0);
    assert.equal(mail?.parsed.messageId, waiting.message_id);
    // The Date header carries whole seconds.
    assert.equal(
      mail?.parsed.date?.getTime(),
      Math.floor((waiting.composed_at?.getTime() ?? 0) / 1000) * 1000,
    );
    assert.deepEqual(
      {
        status: (await emailTo('greylisted@example.test')).status,
        attempts: (await emailTo('greylisted@example.test')).attempts,
      },
      { status: 'sent', attempts: 2 },
    );
  });

  it('does not begin a hand-off that waited past its deadline for a connection: the mail goes back to the queue', async () => {
    const email = await blastTo('waited-too-long@example.test');
    // Claimed longer ago than MAX_HANDOFF_WAIT_MS (as if it had queued behind a slow server).
    const earlier = { ...t.ctx, now: () => new Date(Date.now() - MAX_HANDOFF_WAIT_MS - 1000) };
    await sendEmail(earlier, mailer)({ emailId: email.id }, jobHelpers());
    assert.equal(mailsTo('waited-too-long@example.test').length, 0, 'not handed over');
    const waiting = await emailTo('waited-too-long@example.test');
    assert.equal(waiting.status, 'queued');
    assert.match(waiting.last_error ?? '', /not handed over/);
    assert.ok(waiting.composed_at, 'kept: the next attempt sends this same mail');
  });

  it("tells a case's timeline when its mail fails for good, refused or out of attempts", async () => {
    const owner = await buildUser(t.ctx, { role: 'agent' });
    const refusedCase = await buildCase(t.ctx, { ownerId: owner.id });
    const retriedCase = await buildCase(t.ctx, { ownerId: owner.id });
    const [refusedId, retriedId] = await t.ctx.db.transaction().execute(async (trx) => [
      ...(await queueOutboundEmails(trx, [
        {
          intentKey: `case-alert:${refusedCase.id}:${owner.id}`,
          kind: 'case-alert',
          toAddress: owner.email,
          blastId: undefined,
          ratingRequestId: undefined,
          caseId: refusedCase.id,
          createdAt: new Date(),
        },
      ])),
      ...(await queueOutboundEmails(trx, [
        {
          intentKey: `case-alert:${retriedCase.id}:${owner.id}`,
          kind: 'case-alert',
          toAddress: owner.email,
          blastId: undefined,
          ratingRequestId: undefined,
          caseId: retriedCase.id,
          createdAt: new Date(),
        },
      ])),
    ]);
    assert.ok(refusedId && retriedId);
    peer.refuseData(owner.email, 554, 1);
    await sendEmail(t.ctx, mailer)({ emailId: refusedId }, jobHelpers());
    // The other has had every attempt but this one.
    await t.ctx.db
      .updateTable('outbound_emails')
      .set({ attempts: MAX_SEND_ATTEMPTS - 1 })
      .where('id', '=', retriedId)
      .execute();
    peer.refuseData(owner.email, 451, 1);
    await sendEmail(t.ctx, mailer)({ emailId: retriedId }, jobHelpers());

    for (const [caseId, emailId, error] of [
      [refusedCase.id, refusedId, /554/],
      [retriedCase.id, retriedId, /451.*after 12 attempts/],
    ] as const) {
      const email = await t.ctx.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('id', '=', emailId)
        .executeTakeFirstOrThrow();
      assert.equal(email.status, 'failed');
      const events = await listCaseEvents(t.ctx.db, caseId, { limit: 100 });
      const failed = events.filter((e) => e.kind === 'delivery_failed');
      assert.equal(failed.length, 1, 'told once on the case');
      assert.equal(failed[0]?.data.emailId, emailId);
      assert.equal(failed[0]?.data.to, owner.email);
      assert.match(String(failed[0]?.data.error), error);
    }
    const timeline = await supervisor.request('GET', `/api/v1/cases/${refusedCase.id}/events`);
    assert.equal(timeline.statusCode, 200, timeline.body);
    assert.ok(
      (timeline.json().events as { kind: string }[]).some((e) => e.kind === 'delivery_failed'),
      'the owner sees it over the API',
    );
  });

  it('sends mail held while there was no SMTP server once a start has one, exactly once', async () => {
    const outbox = createMailer({ from: FROM });
    const response = await supervisor.request('POST', '/api/v1/blasts', {
      surveyId,
      recipients: [{ email: 'held-1@example.test' }, { email: 'held-2@example.test' }],
    });
    await prepareNow(t, response.json().blast.id);
    await runJobs(t, outbox);
    assert.equal((await emailTo('held-1@example.test')).status, 'held');
    // Two processes start with SMTP_URL at once: each held email moves once between them.
    const held = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('id')
      .where('status', '=', 'held')
      .execute();
    assert.ok(held.length >= 2);
    const released = await Promise.all([releaseHeldEmails(t.ctx), releaseHeldEmails(t.ctx)]);
    assert.equal(released[0] + released[1], held.length);
    assert.equal(await releaseHeldEmails(t.ctx), 0, 'nothing is left held to move again');
    await runJobs(t, mailer);
    for (const address of ['held-1@example.test', 'held-2@example.test']) {
      assert.equal(mailsTo(address).length, 1, address);
      assert.equal((await emailTo(address)).status, 'sent');
      // Composed again when it went: the real sender, not the outbox's placeholder.
      assert.match(mailsTo(address)[0]?.parsed.messageId ?? '', /@shop\.example>$/);
    }
  });
});
