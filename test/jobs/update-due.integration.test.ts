import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { listUpdateNudges } from '../../src/app/cases/list-update-nudges.ts';
import { draftCaseMessage } from '../../src/app/conversation/draft-case-message.ts';
import { sendCaseMessage } from '../../src/app/conversation/send-case-message.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { resetMessageTemplate } from '../../src/app/message-templates/reset-message-template.ts';
import { saveMessageTemplate } from '../../src/app/message-templates/save-message-template.ts';
import { findUpdateNudgeFacts } from '../../src/app/timers/find-update-nudge-facts.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { findCaseById } from '../../src/store/case.store.ts';
import { findCasePolicy, updateCasePolicy } from '../../src/store/case-policy.store.ts';
import { listCaseTimers, scheduleCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const MINUTE = 60_000;

describe('the void timer (update due)', () => {
  let t: TestApp;
  // Past the real clock's reach: no job the app queues becomes due for a worker during the test.
  let clock = new Date('2027-03-01T09:00:00Z');
  let owner: User;
  let asOwner: Actor;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Maya Owner' });
    asOwner = { userId: owner.id, role: 'agent', via: 'session' };
    // A short cadence with a holding message, in wall time (business hours would stop at night).
    const high = await findCasePolicy(t.ctx.db, 'high');
    await updateCasePolicy(
      t.ctx.db,
      { ...high, updateEvery: { minutes: 60, business: false }, holdingMessage: true },
      { userId: undefined, now: clock },
    );
  });
  after(() => t.close());

  async function acknowledgedCase(severity: 'high' | 'normal' = 'high'): Promise<Case> {
    const { customer } = await upsertCustomer(t.ctx, undefined, {
      name: 'Rita <b>Moreno</b>',
      emails: [`rita-${Math.random().toString(16).slice(2)}@example.test`],
      attributes: { timeZone: 'Europe/Berlin' },
    });
    const opened = await buildCase(t.ctx, { severity, customerId: customer.id, ownerId: owner.id });
    await changeCaseStatus(t.ctx, asOwner, opened.id, { status: 'acknowledged' });
    const found = await findCaseById(t.ctx.db, opened.id);
    assert.ok(found?.clocks.updateDueAt, 'an acknowledged case runs its update clock');
    return found;
  }

  async function updateTimer(caseId: string) {
    const timer = (await listCaseTimers(t.ctx.db, caseId)).find((x) => x.kind === 'update_due');
    assert.ok(timer, 'the update clock has its timer');
    return timer;
  }

  const count = async (caseId: string, what: 'breaches' | 'holding' | 'nudge-mails' | 'case-mails') => {
    const query = {
      breaches: sql<{ n: number }>`SELECT count(*)::int AS n FROM case_events
        WHERE case_id = ${caseId} AND kind = 'clock_breached' AND data->>'clock' = 'update'`,
      holding: sql<{ n: number }>`SELECT count(*)::int AS n FROM case_events
        WHERE case_id = ${caseId} AND kind = 'message_out' AND data->>'template' = 'holding'`,
      'nudge-mails': sql<{ n: number }>`SELECT count(*)::int AS n FROM outbound_emails
        WHERE case_id = ${caseId} AND kind = 'update-nudge' AND to_address = ${owner.email}`,
      'case-mails': sql<{ n: number }>`SELECT count(*)::int AS n FROM outbound_emails
        WHERE case_id = ${caseId} AND kind = 'case-message'`,
    }[what];
    return (await query.execute(t.ctx.db)).rows[0]?.n;
  };

  it('nudges the owner (alert and mail with a drafted update) and holds the customer once, however often it runs', async () => {
    const c = await acknowledgedCase();
    const timer = await updateTimer(c.id);
    assert.equal(timer.dueAt.getTime(), clock.getTime() + 60 * MINUTE, 'due one cadence after the last word');
    assert.deepEqual(await listUpdateNudges(t.ctx, asOwner, { limit: 5 }), [], 'no nudge before it runs out');

    clock = new Date(timer.dueAt.getTime() + 1000);
    const runs = await Promise.all([1, 2, 3].map(() => fireCaseTimer(t.ctx, timer.id)));
    assert.equal(runs.filter(Boolean).length, 1, 'one run fired it');
    assert.equal(await fireCaseTimer(t.ctx, timer.id), false, 'and a retry finds nothing to do');

    assert.equal(await count(c.id, 'breaches'), 1);
    assert.equal(await count(c.id, 'nudge-mails'), 1, 'one mail to the owner');
    assert.equal(await count(c.id, 'holding'), 1, 'one holding message to the customer');
    assert.equal(await count(c.id, 'case-mails'), 1, 'queued through the outbox like any message');

    const nudges = await listUpdateNudges(t.ctx, asOwner, { limit: 5 });
    assert.deepEqual(
      nudges.map((n) => [n.case.id, n.cadenceMinutes]),
      [[c.id, 60]],
      'the owner’s nudge is up',
    );

    // The holding message restarted the update clock: the next one is a whole cadence away.
    const after = await findCaseById(t.ctx.db, c.id);
    assert.equal(after?.clocks.updateDueAt?.getTime(), clock.getTime() + 60 * MINUTE);
    assert.equal(after?.lastMessageOutAt?.getTime(), clock.getTime());

    // What the customer read: when they will hear from us, in their own time zone (Berlin, CET).
    const { rows } = await sql<{ body: string; actor_user_id: string | null }>`
      SELECT body, actor_user_id FROM case_events
      WHERE case_id = ${c.id} AND data->>'template' = 'holding'`.execute(t.ctx.db);
    assert.equal(rows[0]?.actor_user_id, null, 'Amends wrote it, not a person');
    const nextUpdate = new Date(clock.getTime() + 60 * MINUTE);
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    }).format(nextUpdate);
    assert.match(
      rows[0]?.body ?? '',
      new RegExp(`You will hear from us by \\w+ \\d+ \\w+ at ${berlin} \\(Central European Standard Time\\)`),
    );

    // The owner's mail carries the update drafted from the template, with a link that opens it.
    const [nudgeMail] = (
      await sql<{ to_address: string; case_id: string }>`SELECT to_address, case_id FROM outbound_emails
        WHERE case_id = ${c.id} AND kind = 'update-nudge'`.execute(t.ctx.db)
    ).rows;
    assert.ok(nudgeMail);
    const facts = await findUpdateNudgeFacts(t.ctx, {
      toAddress: nudgeMail.to_address,
      caseId: nudgeMail.case_id,
    });
    assert.equal(facts?.cadence, '1 hour');
    assert.match(facts?.draft.text ?? '', /Here is where things stand/);
    assert.match(facts?.caseUrl ?? '', /\/cases\/[0-9a-f-]+\?compose=update$/);
  });

  it('sends no second holding message within the cadence, whatever moved the timer; one a cadence later', async () => {
    const c = await acknowledgedCase();
    const first = await updateTimer(c.id);
    clock = new Date(first.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, first.id), true);
    assert.equal(await count(c.id, 'holding'), 1);
    const holdingAt = clock;

    // Something moves the update timer earlier (say a policy change) and it runs out 10 minutes later.
    const [moved] = await scheduleCaseTimers(t.ctx.db, [
      {
        caseId: c.id,
        kind: 'update_due',
        subjectId: undefined,
        dueAt: new Date(holdingAt.getTime() + 10 * MINUTE),
      },
    ]);
    assert.ok(moved);
    clock = new Date(holdingAt.getTime() + 10 * MINUTE + 1000);
    assert.equal(await fireCaseTimer(t.ctx, moved.id), true, 'the void fires again');
    assert.equal(await count(c.id, 'holding'), 1, 'but the customer is not held again within the cadence');
    assert.equal(await count(c.id, 'nudge-mails'), 2, 'the owner is reminded again');

    // A whole cadence after the holding message, silence again: another one goes.
    const [again] = await scheduleCaseTimers(t.ctx.db, [
      {
        caseId: c.id,
        kind: 'update_due',
        subjectId: undefined,
        dueAt: new Date(holdingAt.getTime() + 60 * MINUTE),
      },
    ]);
    assert.ok(again);
    clock = new Date(holdingAt.getTime() + 60 * MINUTE + 1000);
    assert.equal(await fireCaseTimer(t.ctx, again.id), true);
    assert.equal(await count(c.id, 'holding'), 2);
  });

  it('a draft says when the next update is due if it goes now: a cadence from now, in the customer’s zone', async () => {
    const c = await acknowledgedCase();
    const admin = await buildUser(t.ctx, { role: 'admin' });
    await saveMessageTemplate(
      t.ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      {
        kind: 'update',
        language: 'en',
        subject: 'An update',
        body: 'Next word from us by {{case.nextUpdateBy}}.',
      },
    );
    clock = new Date(clock.getTime() + 17 * MINUTE);
    const draft = await draftCaseMessage(t.ctx, c.id, 'update');
    const berlin = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      hour: '2-digit',
      minute: '2-digit',
    });
    assert.match(
      draft.text,
      new RegExp(
        `^Next word from us by \\w+ \\d+ \\w+ at ${berlin.format(new Date(clock.getTime() + 60 * MINUTE))} \\(`,
      ),
    );
    await resetMessageTemplate(t.ctx, { userId: admin.id, role: 'admin', via: 'session' }, 'update', 'en');
  });

  it('a customer with no address gets no holding message: the timeline says why, the owner is still nudged', async () => {
    const { customer } = await upsertCustomer(t.ctx, undefined, {
      name: 'Phone-only Pat',
      phones: ['+49 30 1234'],
    });
    const opened = await buildCase(t.ctx, { severity: 'high', customerId: customer.id, ownerId: owner.id });
    await changeCaseStatus(t.ctx, asOwner, opened.id, { status: 'acknowledged' });
    const timer = await updateTimer(opened.id);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    assert.equal(await count(opened.id, 'holding'), 0);
    assert.equal(await count(opened.id, 'nudge-mails'), 1);
    const { rows } = await sql<{ body: string }>`SELECT body FROM case_events
      WHERE case_id = ${opened.id} AND kind = 'note'`.execute(t.ctx.db);
    assert.match(rows[0]?.body ?? '', /^No holding message was sent: /);
  });

  it('a policy without a holding message only nudges; a person’s message ends the nudge', async () => {
    const c = await acknowledgedCase('normal');
    const timer = await updateTimer(c.id);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    assert.equal(await count(c.id, 'holding'), 0, 'normal has no holding message by default');
    assert.equal(await count(c.id, 'nudge-mails'), 1);
    assert.ok((await listUpdateNudges(t.ctx, asOwner, { limit: 50 })).some((n) => n.case.id === c.id));

    await sendCaseMessage(t.ctx, asOwner, c.id, {
      text: 'Here is where things stand: a new vase ships today.',
    });
    assert.ok(
      !(await listUpdateNudges(t.ctx, asOwner, { limit: 50 })).some((n) => n.case.id === c.id),
      'the nudge is gone once the owner wrote',
    );
    // The mail still queued no longer applies: it is not composed.
    assert.equal(await findUpdateNudgeFacts(t.ctx, { toAddress: owner.email, caseId: c.id }), undefined);
  });
});

describe('the void timer against a message being sent', () => {
  let t: TestApp;
  const clock = new Date('2027-04-01T09:00:00Z');
  before(async () => {
    t = await startTestApp({ now: () => clock });
  });
  after(() => t.close());

  it('waits for the case, then finds its timer moved: no deadlock, no void for a customer just written to', async () => {
    const owner = await buildUser(t.ctx, { role: 'agent' });
    const opened = await buildCase(t.ctx, { ownerId: owner.id, severity: 'high' });
    await changeCaseStatus(t.ctx, { userId: owner.id, role: 'agent', via: 'session' }, opened.id, {
      status: 'acknowledged',
    });
    const timer = (await listCaseTimers(t.ctx.db, opened.id)).find((x) => x.kind === 'update_due');
    assert.ok(timer);
    const due = new Date(timer.dueAt.getTime() + 1000);
    const late = { ...t.ctx, now: () => due };

    // A person's message holds the case (as send-case-message does, case first, then its timers)…
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => {};
    const caseLocked = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const writing = t.ctx.db.transaction().execute(async (trx) => {
      await sql`SELECT 1 FROM cases WHERE id = ${opened.id} FOR UPDATE`.execute(trx);
      locked();
      await held;
      // …and restarts the update clock.
      await scheduleCaseTimers(trx, [{ ...timer, dueAt: new Date(due.getTime() + 60 * MINUTE) }]);
    });
    await caseLocked;
    // …while the timer's job runs at its due time.
    const firing = fireCaseTimer(late, timer.id);
    // Bounded wait until the firing waits on a lock (never a sleep as synchronisation).
    for (let i = 0; ; i++) {
      const { rows } = await sql<{ n: number }>`
        SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(t.ctx.db);
      if ((rows[0]?.n ?? 0) > 0) break;
      assert.ok(i < 500, 'the firing never waited for the case');
      await new Promise((resolve) => setImmediate(resolve));
    }
    release();
    await writing;
    assert.equal(await firing, false, 'the timer moved meanwhile: nothing fired');
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbound_emails
      WHERE case_id = ${opened.id} AND kind = 'update-nudge'`.execute(t.ctx.db);
    assert.equal(rows[0]?.n, 0, 'no nudge for a customer who was just written to');
  });
});
