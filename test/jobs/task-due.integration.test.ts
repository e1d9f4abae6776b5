import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { askForHelp } from '../../src/app/tasks/ask-for-help.ts';
import { recordTaskOutcome } from '../../src/app/tasks/record-task-outcome.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildTeam, buildUser } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { waitFor } from '../support/wait-for.ts';

const MONDAY = new Date('2026-12-07T10:00:00Z');
const DUE = new Date('2026-12-07T16:00:00Z');

describe('a help task’s due timer', () => {
  let t: TestApp;
  let clock = MONDAY;
  let owner: User;
  let helper: User;
  let asOwner: Actor;
  let asHelper: Actor;
  let teamId: string;
  let packers: User[];
  before(async () => {
    t = await startTestApp({ now: () => clock });
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    helper = await buildUser(t.ctx, { role: 'agent', name: 'Hana Help' });
    teamId = (await buildTeam(t.ctx, 'Packing')).id;
    packers = [
      await buildUser(t.ctx, { role: 'agent', name: 'Pia Pack', teamIds: [teamId] }),
      await buildUser(t.ctx, { role: 'agent', name: 'Per Box', teamIds: [teamId] }),
    ];
    asOwner = { userId: owner.id, role: 'agent', via: 'session' };
    asHelper = { userId: helper.id, role: 'agent', via: 'session' };
  });
  after(() => t.close());

  const taskTimer = async (caseId: string) =>
    (await listCaseTimers(t.ctx.db, caseId)).find((timer) => timer.kind === 'task_due');
  const overdueEvents = async (caseId: string) =>
    (
      await sql<{ n: number }>`SELECT count(*)::int AS n FROM case_events
        WHERE case_id = ${caseId} AND kind = 'task_overdue'`.execute(t.ctx.db)
    ).rows[0]?.n;
  const overdueMails = (taskId: string) =>
    t.ctx.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('kind', '=', 'task-overdue')
      .orderBy('to_address')
      .execute();

  /** A case opened on Monday and help asked on it, due at DUE: the case, the task and its timer. */
  const askedOnNewCase = async (
    title: string,
    asked: { what: string; assigneeUserId?: string; assigneeTeamId?: string },
  ) => {
    clock = MONDAY;
    const opened = await buildCase(t.ctx, { ownerId: owner.id, title });
    const task = await askForHelp(t.ctx, asOwner, opened.id, { ...asked, dueAt: DUE });
    const timer = await taskTimer(opened.id);
    assert.ok(timer, 'a task with a due time has its timer');
    return { opened, task, timer };
  };

  it('fires once at its due time, however often its job runs: task_overdue, a live alert, one mail each to the assignee and the owner', async () => {
    const { opened, task, timer } = await askedOnNewCase('Lamp arrived dented', {
      what: 'Send a new lamp shade',
      assigneeUserId: helper.id,
    });
    assert.equal(timer?.subjectId, task.id);
    assert.equal(timer?.dueAt.toISOString(), DUE.toISOString());
    assert.equal(await fireCaseTimer(t.ctx, timer.id), false, 'not before its due time');

    const heard: (LiveMessage | { type: 'resync' })[] = [];
    const stop = t.live.subscribe((message) => heard.push(message));
    try {
      clock = new Date(DUE.getTime() + 1000);
      const runs = await Promise.all([1, 2, 3].map(() => fireCaseTimer(t.ctx, timer.id)));
      assert.equal(runs.filter(Boolean).length, 1, 'one run fired it');
      assert.equal(await fireCaseTimer(t.ctx, timer.id), false, 'a retry finds nothing to do');
      assert.equal(await overdueEvents(opened.id), 1);
      const mails = await overdueMails(task.id);
      assert.deepEqual(
        mails.map((m) => [m.to_address, m.intent_key]).sort(),
        [
          [helper.email, `task-overdue:${task.id}:${helper.id}`],
          [owner.email, `task-overdue:${task.id}:${owner.id}`],
        ].sort(),
      );
      await waitFor(() => heard.find((m) => m.type === 'case.changed' && m.taskAlert?.state === 'overdue'));
      const alert = heard.find((m) => m.type === 'case.changed' && m.taskAlert?.state === 'overdue');
      assert.ok(alert?.type === 'case.changed');
      assert.deepEqual(alert.taskAlert?.to.sort(), [helper.id, owner.id].sort());
    } finally {
      stop();
    }

    // The send job composes each from the task (held in the local outbox: no SMTP here).
    await runJobs(t);
    const sent = await overdueMails(task.id);
    for (const mail of sent) {
      assert.equal(mail.status, 'held', mail.last_error ?? '');
      assert.equal(mail.subject, `Task overdue on case ${opened.number}: Send a new lamp shade`);
    }
    const toOwner = sent.find((m) => m.to_address === owner.email);
    assert.match(
      toOwner?.text_body ?? '',
      /^Hello Owen Park,\n\nThe help you asked of Hana Help on your case/,
    );
    const toHelper = sent.find((m) => m.to_address === helper.email);
    assert.match(toHelper?.text_body ?? '', /The help Owen Park asked of you on case/);
    assert.match(toHelper?.text_body ?? '', /Complete it, or say in a comment when it will be done/);
  });

  it('does not fire once the task is done: completing cancels the timer and its job', async () => {
    const { opened, task, timer } = await askedOnNewCase('Chair with a wobbly leg', {
      what: 'Book a carpenter',
      assigneeUserId: helper.id,
    });
    await recordTaskOutcome(t.ctx, asHelper, task.id, { outcome: 'Booked for Wednesday' });
    assert.equal(await taskTimer(opened.id), undefined, 'the timer is gone');
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`case-timer:${timer.id}`}`.execute(
      t.ctx.db,
    );
    assert.equal(rows[0]?.n, 0, 'and so is its job');
    clock = new Date(DUE.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), false);
    assert.equal(await overdueEvents(opened.id), 0);
    assert.deepEqual(await overdueMails(task.id), []);
  });

  it('does not nudge about a task on a case closed meanwhile', async () => {
    const { opened, task, timer } = await askedOnNewCase('Vase broken in transit', {
      what: 'Check the courier’s photos',
      assigneeUserId: helper.id,
    });
    await t.ctx.db
      .updateTable('cases')
      .set({ status: 'closed', closed_at: MONDAY })
      .where('id', '=', opened.id)
      .execute();
    clock = new Date(DUE.getTime() + 1000);
    await fireCaseTimer(t.ctx, timer.id);
    assert.equal(await overdueEvents(opened.id), 0);
    assert.deepEqual(await overdueMails(task.id), []);
  });

  it('a team’s task nobody took nudges everyone in the team and the owner; a mail queued before it was done is not sent', async () => {
    const { task, timer } = await askedOnNewCase('Parcel left in the rain', {
      what: 'Repack the spare',
      assigneeTeamId: teamId,
    });
    clock = new Date(DUE.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    const mails = await overdueMails(task.id);
    assert.deepEqual(
      mails.map((m) => m.to_address).sort(),
      [owner.email, ...packers.map((p) => p.email)].sort(),
    );
    // Done before the outbox got to them: nobody is nudged about finished work.
    await recordTaskOutcome(t.ctx, { userId: packers[0]!.id, role: 'agent', via: 'session' }, task.id, {
      outcome: 'Repacked and sent',
    });
    await runJobs(t);
    for (const mail of await overdueMails(task.id)) {
      assert.equal(mail.status, 'failed');
      assert.match(mail.last_error ?? '', /what it was about is gone/);
    }
  });
});
