import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { getCase } from '../../src/app/cases/get-case.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import type { User } from '../../src/core/team/user.ts';
import { findCaseById } from '../../src/store/case.store.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildTeam, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';
import { waitFor } from '../support/wait-for.ts';

const MONDAY = new Date('2026-12-07T10:00:00Z');
const TUESDAY = '2026-12-08T15:00:00.000Z';
const NO_ID = '00000000-0000-4000-8000-000000000000';
let clock = MONDAY;

describe('help without hand-offs over HTTP', () => {
  let t: TestApp;
  let owner: User;
  let helper: User;
  let stranger: User;
  let lead: User;
  let warehouseA: User;
  let warehouseB: User;
  let warehouseId: string;
  let emptyTeamId: string;
  let asOwner: Client;
  let asHelper: Client;
  let asStranger: Client;
  let asLead: Client;
  let asWarehouseA: Client;
  let asWarehouseB: Client;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    const deliveries = (await buildTeam(t.ctx, 'Deliveries')).id;
    warehouseId = (await buildTeam(t.ctx, 'Warehouse')).id;
    emptyTeamId = (await buildTeam(t.ctx, 'Nobody here')).id;
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park', teamIds: [deliveries] });
    helper = await buildUser(t.ctx, { role: 'agent', name: 'Hana Help', teamIds: [deliveries] });
    stranger = await buildUser(t.ctx, { role: 'agent', name: 'Stan Ger' });
    lead = await buildUser(t.ctx, { role: 'supervisor', name: 'Sam Lead' });
    warehouseA = await buildUser(t.ctx, { role: 'agent', name: 'Wes Aisle', teamIds: [warehouseId] });
    warehouseB = await buildUser(t.ctx, { role: 'agent', name: 'Wyn Bay', teamIds: [warehouseId] });
    const sign = (u: User) => signIn(t.app, u.email, TEST_PASSWORD);
    asOwner = await sign(owner);
    asHelper = await sign(helper);
    asStranger = await sign(stranger);
    asLead = await sign(lead);
    asWarehouseA = await sign(warehouseA);
    asWarehouseB = await sign(warehouseB);
  });
  after(() => t.close());

  const caseOfOwner = () => buildCase(t.ctx, { ownerId: owner.id, title: 'Sofa delivered torn' });
  const ask = (client: Client, caseId: string, body: unknown) =>
    client.request('POST', `/api/v1/cases/${caseId}/tasks`, body);
  const tasksOf = async (caseId: string) =>
    (await asOwner.request('GET', `/api/v1/cases/${caseId}/tasks`)).json().tasks as {
      id: string;
      status: string;
      comments: { body: string; authorId: string }[];
    }[];
  const eventsOf = async (caseId: string) =>
    (
      (await asOwner.request('GET', `/api/v1/cases/${caseId}/events`)).json().events as { kind: string }[]
    ).map((event) => event.kind);

  it('asks a colleague: 201, task_created, a task_due timer, a live alert and a mail to them; the owner stays', async () => {
    const opened = await caseOfOwner();
    const heard: (LiveMessage | { type: 'resync' })[] = [];
    const stop = t.live.subscribe((message) => heard.push(message));
    try {
      const response = await ask(asOwner, opened.id, {
        what: 'Check the torn sofa photos and approve a new cover',
        assigneeUserId: helper.id,
        dueAt: TUESDAY,
      });
      assert.equal(response.statusCode, 201, response.body);
      const task = response.json();
      assert.equal(task.kind, 'help');
      assert.equal(task.assigneeUserId, helper.id);
      assert.equal(task.createdBy, owner.id);
      assert.equal(task.status, 'open');
      assert.equal(task.dueAt, TUESDAY);
      assert.ok((await eventsOf(opened.id)).includes('task_created'));
      const timers = (await listCaseTimers(t.ctx.db, opened.id)).filter((x) => x.kind === 'task_due');
      assert.deepEqual(
        timers.map((x) => [x.subjectId, x.dueAt.toISOString()]),
        [[task.id, TUESDAY]],
      );
      await waitFor(() =>
        heard.find(
          (m) =>
            m.type === 'case.changed' && m.taskAlert?.taskId === task.id && m.taskAlert?.state === 'asked',
        ),
      );
      const alert = heard.find((m) => m.type === 'case.changed' && m.taskAlert?.taskId === task.id);
      assert.ok(alert?.type === 'case.changed');
      assert.deepEqual(alert.taskAlert, { to: [helper.id], taskId: task.id, state: 'asked' });
      const mails = await t.ctx.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('task_id', '=', task.id)
        .execute();
      assert.deepEqual(
        mails.map((m) => [m.kind, m.to_address, m.intent_key]),
        [['task-asked', helper.email, `task-asked:${task.id}:${helper.id}`]],
      );
      await runJobs(t);
      const [sent] = await t.ctx.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('task_id', '=', task.id)
        .execute();
      assert.equal(sent?.status, 'held', sent?.last_error ?? '');
      assert.equal(
        sent?.subject,
        `Help asked on case ${opened.number}: Check the torn sofa photos and approve a new cover`,
      );
      assert.match(sent?.text_body ?? '', /^Hello Hana Help,\n\nOwen Park asks you for help on case/);
      assert.match(sent?.text_body ?? '', /Needed by Tuesday 8 December at 15:00/);
      assert.equal((await findCaseById(t.ctx.db, opened.id))?.ownerId, owner.id);
      // The one asked sees it on their Tasks list; someone else does not.
      const mine = (await asHelper.request('GET', '/api/v1/tasks')).json().tasks as {
        id: string;
        caseNumber: number;
      }[];
      assert.ok(mine.some((x) => x.id === task.id && x.caseNumber === opened.number));
      const theirs = (await asStranger.request('GET', '/api/v1/tasks')).json().tasks as { id: string }[];
      assert.ok(!theirs.some((x) => x.id === task.id));
    } finally {
      stop();
    }
  });

  it('refuses every bad request with a 400 naming the field, and changes nothing', async () => {
    const opened = await caseOfOwner();
    const cases: [unknown, string][] = [
      [{ what: '', assigneeUserId: helper.id }, 'what'],
      [{ what: '   ', assigneeUserId: helper.id }, 'what'],
      [{ what: 'x'.repeat(1001), assigneeUserId: helper.id }, 'what'],
      [{ assigneeUserId: helper.id }, 'what'],
      [{ what: 'Help', assigneeUserId: helper.id, assigneeTeamId: warehouseId }, 'assigneeTeamId'],
      [{ what: 'Help' }, 'assigneeUserId'],
      [{ what: 'Help', assigneeUserId: owner.id }, 'assigneeUserId'],
      [{ what: 'Help', assigneeUserId: 'not-an-id' }, 'assigneeUserId'],
      [{ what: 'Help', assigneeUserId: NO_ID }, 'assigneeUserId'],
      [{ what: 'Help', assigneeTeamId: NO_ID }, 'assigneeTeamId'],
      [{ what: 'Help', assigneeTeamId: emptyTeamId }, 'assigneeTeamId'],
      [{ what: 'Help', assigneeUserId: helper.id, dueAt: 'tomorrow' }, 'dueAt'],
      [{ what: 'Help', assigneeUserId: helper.id, dueAt: '2026-12-07T09:00:00Z' }, 'dueAt'],
      [{ what: 'Help', assigneeUserId: helper.id, dueAt: '2028-12-07T09:00:00Z' }, 'dueAt'],
      [{ what: 'Help', assigneeUserId: helper.id, extra: 1 }, 'extra'],
    ];
    const before = await countRowsOfEveryTable(t.ctx.db);
    for (const [body, field] of cases) {
      const response = await ask(asOwner, opened.id, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      const problem = response.json();
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.ok(
        JSON.stringify(problem).includes(field),
        `${JSON.stringify(body)} should name ${field}: ${response.body}`,
      );
    }
    const task = (await ask(asOwner, opened.id, { what: 'Help', assigneeUserId: helper.id })).json();
    const middle = await countRowsOfEveryTable(t.ctx.db);
    for (const [url, body, field] of [
      [`/api/v1/tasks/${task.id}/comments`, { body: '' }, 'body'],
      [`/api/v1/tasks/${task.id}/comments`, { body: 'x'.repeat(5001) }, 'body'],
      [`/api/v1/tasks/${task.id}/comments`, {}, 'body'],
    ] as const) {
      const response = await asHelper.request('POST', url, body);
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(response.body.includes(field));
    }
    const outcome = await asHelper.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: ' ' });
    assert.equal(outcome.statusCode, 400);
    assert.ok(outcome.body.includes('outcome'));
    const status = await asHelper.request('GET', '/api/v1/tasks?status=later');
    assert.equal(status.statusCode, 400);
    assert.ok(status.body.includes('status'));
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), middle);
    assert.notDeepEqual(before, middle, 'the one good request did write');
  });

  it('forbids asking on someone else’s case, commenting or completing by those not involved; 404 for unknown; 409 on a closed case', async () => {
    const opened = await caseOfOwner();
    const before = await countRowsOfEveryTable(t.ctx.db);
    const byStranger = await ask(asStranger, opened.id, { what: 'Help', assigneeUserId: helper.id });
    assert.equal(byStranger.statusCode, 403);
    const byHelper = await ask(asHelper, opened.id, { what: 'Help', assigneeUserId: stranger.id });
    assert.equal(byHelper.statusCode, 403);
    assert.equal((await ask(asOwner, NO_ID, { what: 'Help', assigneeUserId: helper.id })).statusCode, 404);
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);

    const task = (
      await ask(asLead, opened.id, { what: 'A supervisor may ask', assigneeUserId: helper.id })
    ).json();
    assert.equal(task.createdBy, lead.id);
    const middle = await countRowsOfEveryTable(t.ctx.db);
    const comment = await asStranger.request('POST', `/api/v1/tasks/${task.id}/comments`, { body: 'Me too' });
    assert.equal(comment.statusCode, 403);
    const done = await asStranger.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: 'Done it' });
    assert.equal(done.statusCode, 403);
    const take = await asStranger.request('POST', `/api/v1/tasks/${task.id}/take`);
    assert.equal(take.statusCode, 403);
    assert.equal(
      (await asHelper.request('POST', `/api/v1/tasks/${NO_ID}/comments`, { body: 'Hi' })).statusCode,
      404,
    );
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), middle);

    const closed = await caseOfOwner();
    await t.ctx.db.updateTable('cases').set({ status: 'closed' }).where('id', '=', closed.id).execute();
    const onClosed = await ask(asOwner, closed.id, { what: 'Help', assigneeUserId: helper.id });
    assert.equal(onClosed.statusCode, 409);
    assert.equal(onClosed.json().code, 'CASE_CLOSED');
  });

  it('comments go with the task and on the timeline; the helper completes it once (409 after), its timer stops, the owner is alerted', async () => {
    const opened = await caseOfOwner();
    const task = (
      await ask(asOwner, opened.id, {
        what: 'Find the spare cover',
        assigneeUserId: helper.id,
        dueAt: TUESDAY,
      })
    ).json();
    const heard: (LiveMessage | { type: 'resync' })[] = [];
    const stop = t.live.subscribe((message) => heard.push(message));
    try {
      const asked = await asHelper.request('POST', `/api/v1/tasks/${task.id}/comments`, {
        body: 'Which colour?',
      });
      assert.equal(asked.statusCode, 201, asked.body);
      assert.equal(asked.json().authorId, helper.id);
      // A minute later: the thread is in the order the comments were written.
      clock = new Date(MONDAY.getTime() + 60_000);
      const answered = await asOwner.request('POST', `/api/v1/tasks/${task.id}/comments`, { body: 'Grey' });
      clock = MONDAY;
      assert.equal(answered.statusCode, 201);
      const [listed] = await tasksOf(opened.id);
      assert.deepEqual(
        listed?.comments.map((c) => [c.authorId, c.body]),
        [
          [helper.id, 'Which colour?'],
          [owner.id, 'Grey'],
        ],
      );
      await waitFor(() => heard.find((m) => m.type === 'case.changed' && m.taskAlert?.state === 'commented'));
      const commented = heard.filter((m) => m.type === 'case.changed' && m.taskAlert?.state === 'commented');
      assert.deepEqual(
        commented.map((m) => (m.type === 'case.changed' ? m.taskAlert?.to : [])),
        [[owner.id], [helper.id]],
      );

      const done = await asHelper.request('PATCH', `/api/v1/tasks/${task.id}`, {
        outcome: 'Grey cover sent to the driver',
      });
      assert.equal(done.statusCode, 200, done.body);
      assert.equal(done.json().status, 'done');
      assert.equal(done.json().completedBy, helper.id);
      const again = await asOwner.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: 'Twice' });
      assert.equal(again.statusCode, 409);
      assert.deepEqual(
        (await listCaseTimers(t.ctx.db, opened.id)).filter((x) => x.kind === 'task_due'),
        [],
        'its timer is gone',
      );
      await waitFor(() => heard.find((m) => m.type === 'case.changed' && m.taskAlert?.state === 'done'));
      const alert = heard.find((m) => m.type === 'case.changed' && m.taskAlert?.state === 'done');
      assert.ok(alert?.type === 'case.changed');
      assert.deepEqual(alert.taskAlert, { to: [owner.id], taskId: task.id, state: 'done' });
      const kinds = await eventsOf(opened.id);
      assert.deepEqual(
        kinds.filter((kind) => kind.startsWith('task_')),
        ['task_created', 'task_commented', 'task_commented', 'task_done'],
      );
      assert.equal((await findCaseById(t.ctx.db, opened.id))?.ownerId, owner.id);
    } finally {
      stop();
    }
  });

  it('a team is asked: each member is alerted and mailed, one takes it, another member may still complete it', async () => {
    const opened = await caseOfOwner();
    const response = await ask(asOwner, opened.id, {
      what: 'Is a grey cover in stock?',
      assigneeTeamId: warehouseId,
    });
    assert.equal(response.statusCode, 201, response.body);
    const task = response.json();
    assert.equal(task.assigneeUserId, null);
    assert.equal(task.assigneeTeamId, warehouseId);
    const mails = await t.ctx.db
      .selectFrom('outbound_emails')
      .select('to_address')
      .where('task_id', '=', task.id)
      .execute();
    assert.deepEqual(mails.map((m) => m.to_address).sort(), [warehouseA.email, warehouseB.email].sort());
    for (const client of [asWarehouseA, asWarehouseB]) {
      const list = (await client.request('GET', '/api/v1/tasks')).json().tasks as { id: string }[];
      assert.ok(list.some((x) => x.id === task.id));
    }
    const taken = await asWarehouseA.request('POST', `/api/v1/tasks/${task.id}/take`);
    assert.equal(taken.statusCode, 200, taken.body);
    assert.equal(taken.json().assigneeUserId, warehouseA.id);
    assert.equal(taken.json().assigneeTeamId, warehouseId);
    assert.equal((await asWarehouseA.request('POST', `/api/v1/tasks/${task.id}/take`)).statusCode, 409);
    assert.equal(
      (await eventsOf(opened.id)).filter((kind) => kind === 'task_taken').length,
      1,
      'taking it is on the timeline, once',
    );
    const done = await asWarehouseB.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: 'Two in stock' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().completedBy, warehouseB.id);
    const open = (await asWarehouseA.request('GET', '/api/v1/tasks')).json().tasks as { id: string }[];
    assert.ok(!open.some((x) => x.id === task.id), 'done tasks leave the open list');
    const finished = (await asWarehouseA.request('GET', '/api/v1/tasks?status=done')).json().tasks as {
      id: string;
    }[];
    assert.ok(finished.some((x) => x.id === task.id));
    assert.equal((await findCaseById(t.ctx.db, opened.id))?.ownerId, owner.id);
  });

  it('lists my open tasks soonest due first, those with no due time last', async () => {
    const opened = await caseOfOwner();
    const later = (
      await ask(asOwner, opened.id, {
        what: 'Later',
        assigneeUserId: stranger.id,
        dueAt: '2026-12-10T10:00:00Z',
      })
    ).json();
    const never = (await ask(asOwner, opened.id, { what: 'Whenever', assigneeUserId: stranger.id })).json();
    const soon = (
      await ask(asOwner, opened.id, {
        what: 'Soon',
        assigneeUserId: stranger.id,
        dueAt: '2026-12-07T12:00:00Z',
      })
    ).json();
    const list = (await asStranger.request('GET', '/api/v1/tasks')).json().tasks as { id: string }[];
    assert.deepEqual(
      list.map((x) => x.id),
      [soon.id, later.id, never.id],
    );
  });

  it('the customer’s status page never shows a task, its comments or the helper’s name', async () => {
    const opened = await caseOfOwner();
    const task = (
      await ask(asOwner, opened.id, {
        what: 'Secret warehouse recount',
        assigneeUserId: helper.id,
        dueAt: TUESDAY,
      })
    ).json();
    await asHelper.request('POST', `/api/v1/tasks/${task.id}/comments`, {
      body: 'Internal musing about stock',
    });
    await asHelper.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: 'Recount finished quietly' });
    const path = new URL((await getCase(t.ctx, opened.id)).statusPageUrl).pathname;
    const page = await t.app.inject({ method: 'GET', url: path });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Owen/, 'the owner is the one contact named');
    for (const hidden of ['Secret warehouse recount', 'Internal musing', 'Recount finished', 'Hana'])
      assert.ok(!page.body.includes(hidden), `the status page shows ${hidden}`);
  });
});
