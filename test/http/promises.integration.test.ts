import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { LiveMessage } from '../../src/core/live/live-message.ts';
import type { User } from '../../src/core/team/user.ts';
import { listCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildTeam, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';
import { waitFor } from '../support/wait-for.ts';

const MONDAY = new Date('2026-12-07T10:00:00Z');

describe('the promise ledger over HTTP', () => {
  let t: TestApp;
  let clock = MONDAY;
  let owner: User;
  let ownerClient: Client;
  let otherAgent: Client;
  let lead: User;
  let supervisorClient: Client;
  let teamId: string;
  before(async () => {
    t = await startTestApp({ now: () => clock });
    teamId = (await buildTeam(t.ctx, 'Deliveries')).id;
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park', teamIds: [teamId] });
    ownerClient = await signIn(t.app, owner.email, TEST_PASSWORD);
    const other = await buildUser(t.ctx, { role: 'agent', name: 'Zed Other', teamIds: [teamId] });
    otherAgent = await signIn(t.app, other.email, TEST_PASSWORD);
    // An admin first in the alphabet: the team's supervisor is still the one told.
    await buildUser(t.ctx, { role: 'admin', name: 'Aaron Admin' });
    lead = await buildUser(t.ctx, { role: 'supervisor', name: 'Sam Lead', teamIds: [teamId] });
    supervisorClient = await signIn(t.app, lead.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const caseOfOwner = () =>
    buildCase(t.ctx, { ownerId: owner.id, teamId, title: 'Vase arrived broken', severity: 'normal' });
  const make = (client: Client, caseId: string, body: unknown) =>
    client.request('POST', `/api/v1/cases/${caseId}/promises`, body);
  const change = (client: Client, promiseId: string, body: unknown) =>
    client.request('PATCH', `/api/v1/promises/${promiseId}`, body);
  const eventsOf = async (caseId: string) =>
    (await ownerClient.request('GET', `/api/v1/cases/${caseId}/events`)).json().events as {
      kind: string;
      body: string | null;
      data: Record<string, unknown>;
    }[];
  const promiseTimers = async (caseId: string) =>
    (await listCaseTimers(t.ctx.db, caseId)).filter((timer) => timer.kind.startsWith('promise_'));
  const jobKeys = async (caseId: string) => {
    const timers = await promiseTimers(caseId);
    const { rows } = await sql<{ key: string }>`
      SELECT key FROM graphile_worker.jobs WHERE key = ANY(${timers.map((x) => `case-timer:${x.id}`)}::text[])`.execute(
      t.ctx.db,
    );
    return rows.length;
  };
  const tuesday = '2026-12-08T17:00:00.000Z';
  const terms = { what: 'refund your order', dueAt: tuesday, confidence: 'certain', customerVisible: true };

  it('makes a promise: 201, on the timeline, listed, with its at-risk and due timers and their jobs', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const response = await make(ownerClient, opened.id, terms);
    assert.equal(response.statusCode, 201, response.body);
    const { promise, message } = response.json();
    assert.equal(message, null);
    assert.equal(promise.state, 'open');
    assert.equal(promise.dueAt, tuesday);
    assert.equal(promise.madeBy, owner.id);
    const made = (await eventsOf(opened.id)).find((e) => e.kind === 'promise_made');
    assert.equal(made?.body, 'refund your order');
    assert.equal(made?.data.promiseId, promise.id);
    const timers = await promiseTimers(opened.id);
    // Made Monday 10:00, due Tuesday 17:00 (31 h): at risk after 23 h 15 min.
    assert.deepEqual(timers.map((x) => [x.kind, x.subjectId, x.dueAt.toISOString()]).sort(), [
      ['promise_at_risk', promise.id, '2026-12-08T09:15:00.000Z'],
      ['promise_due', promise.id, tuesday],
    ]);
    assert.equal(await jobKeys(opened.id), 2);
    const listed = (await ownerClient.request('GET', `/api/v1/cases/${opened.id}/promises`)).json().promises;
    assert.deepEqual(
      listed.map((p: { id: string }) => p.id),
      [promise.id],
    );
  });

  it('makes a promise with its message in one go: the message goes out and the case is acknowledged', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const response = await make(ownerClient, opened.id, {
      ...terms,
      message: 'Hello, we will refund your order by Tuesday.',
    });
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().message.kind, 'message_out');
    const kinds = (await eventsOf(opened.id)).map((e) => e.kind);
    assert.deepEqual(kinds.slice(-3), ['status_changed', 'message_out', 'promise_made']);
    const emails = await t.ctx.db
      .selectFrom('outbound_emails')
      .selectAll()
      .where('case_id', '=', opened.id)
      .execute();
    assert.deepEqual(
      emails.map((e) => e.kind),
      ['case-message'],
    );
  });

  it('marks a promise kept: its timers and jobs go, and a kept promise changes no more', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const { promise } = (await make(ownerClient, opened.id, terms)).json();
    clock = new Date('2026-12-08T08:00:00Z');
    const kept = await change(ownerClient, promise.id, { state: 'kept' });
    assert.equal(kept.statusCode, 200, kept.body);
    assert.equal(kept.json().promise.state, 'kept');
    assert.equal(kept.json().promise.settledAt, '2026-12-08T08:00:00.000Z');
    assert.deepEqual(await promiseTimers(opened.id), []);
    assert.equal((await eventsOf(opened.id)).at(-1)?.kind, 'promise_kept');
    const again = await change(ownerClient, promise.id, { state: 'broken' });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().code, 'PROMISE_NOT_OPEN');
  });

  it('renegotiates: the message stating the new date goes out, a new open promise replaces the old, timers move', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const { promise } = (await make(ownerClient, opened.id, terms)).json();
    const thursday = '2026-12-10T17:00:00.000Z';
    const response = await change(ownerClient, promise.id, {
      state: 'renegotiated',
      dueAt: thursday,
      message: 'I am sorry: the refund needs two more days. You will have it by Thursday 10 December.',
    });
    assert.equal(response.statusCode, 200, response.body);
    const { promise: old, replacement, message } = response.json();
    assert.equal(old.state, 'renegotiated');
    assert.equal(replacement.state, 'open');
    assert.equal(replacement.replacesId, promise.id);
    assert.equal(replacement.dueAt, thursday);
    assert.equal(replacement.what, 'refund your order');
    assert.equal(message.kind, 'message_out');
    const timers = await promiseTimers(opened.id);
    assert.deepEqual(timers.map((x) => [x.kind, x.subjectId]).sort(), [
      ['promise_at_risk', replacement.id],
      ['promise_due', replacement.id],
    ]);
    const kinds = (await eventsOf(opened.id)).map((e) => e.kind);
    assert.deepEqual(kinds.slice(-3), ['message_out', 'promise_renegotiated', 'promise_made']);
  });

  describe('bad input changes nothing', () => {
    let caseId: string;
    let openPromiseId: string;
    let keptPromiseId: string;
    before(async () => {
      clock = MONDAY;
      caseId = (await caseOfOwner()).id;
      openPromiseId = (await make(ownerClient, caseId, terms)).json().promise.id;
      keptPromiseId = (await make(ownerClient, caseId, terms)).json().promise.id;
      assert.equal((await change(ownerClient, keptPromiseId, { state: 'kept' })).statusCode, 200);
    });

    const refusals: [
      string,
      () => Promise<{ statusCode: number; json(): { code: string; detail?: string } }>,
      number,
      string,
      RegExp?,
    ][] = [
      [
        'a due time in the past',
        () => make(ownerClient, caseId, { ...terms, dueAt: '2026-12-06T10:00:00Z' }),
        400,
        'VALIDATION_FAILED',
        /Due at is in the past/,
      ],
      [
        'a due time years ahead',
        () => make(ownerClient, caseId, { ...terms, dueAt: '2030-01-01T10:00:00Z' }),
        400,
        'VALIDATION_FAILED',
        /two years/,
      ],
      [
        'a due time that is not a time',
        () => make(ownerClient, caseId, { ...terms, dueAt: 'Tuesday' }),
        400,
        'VALIDATION_FAILED',
        /Due at/,
      ],
      [
        'an unknown confidence',
        () => make(ownerClient, caseId, { ...terms, confidence: 'probably' }),
        400,
        'VALIDATION_FAILED',
        /Confidence must be certain or estimate/,
      ],
      [
        'an over-long what',
        () => make(ownerClient, caseId, { ...terms, what: 'x'.repeat(501) }),
        400,
        'VALIDATION_FAILED',
        /What/,
      ],
      [
        'an empty what',
        () => make(ownerClient, caseId, { ...terms, what: '  ' }),
        400,
        'VALIDATION_FAILED',
        /What is empty/,
      ],
      [
        'a NUL byte in what',
        () => make(ownerClient, caseId, { ...terms, what: 'refund\u0000' }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'a lone surrogate in what',
        () => make(ownerClient, caseId, { ...terms, what: 'refund \ud800' }),
        400,
        'VALIDATION_FAILED',
      ],
      ['another agent’s case', () => make(otherAgent, caseId, terms), 403, 'FORBIDDEN'],
      [
        'another agent changing its promise',
        () => change(otherAgent, openPromiseId, { state: 'kept' }),
        403,
        'FORBIDDEN',
      ],
      [
        'renegotiating without a message',
        () => change(ownerClient, openPromiseId, { state: 'renegotiated', dueAt: '2026-12-10T17:00:00Z' }),
        400,
        'VALIDATION_FAILED',
        /Message is missing/,
      ],
      [
        'renegotiating with a message that does not state the new date',
        () =>
          change(ownerClient, openPromiseId, {
            state: 'renegotiated',
            dueAt: '2026-12-10T17:00:00Z',
            message: 'Sorry, we need a little more time.',
          }),
        400,
        'VALIDATION_FAILED',
        /does not state the new date \(Thursday 10 December\)/,
      ],
      [
        'renegotiating with a message stating another date',
        () =>
          change(ownerClient, openPromiseId, {
            state: 'renegotiated',
            dueAt: '2026-12-10T17:00:00Z',
            message: 'You will have it on Friday.',
          }),
        400,
        'VALIDATION_FAILED',
        /does not state the new date/,
      ],
      [
        'renegotiating without a new date',
        () => change(ownerClient, openPromiseId, { state: 'renegotiated', message: 'By Thursday.' }),
        400,
        'VALIDATION_FAILED',
        /Due at is missing/,
      ],
      [
        'renegotiating to a past date',
        () =>
          change(ownerClient, openPromiseId, {
            state: 'renegotiated',
            dueAt: '2026-12-01T17:00:00Z',
            message: 'By 1 December.',
          }),
        400,
        'VALIDATION_FAILED',
        /in the past/,
      ],
      [
        'a kept promise marked with a new date',
        () => change(ownerClient, openPromiseId, { state: 'kept', dueAt: '2026-12-10T17:00:00Z' }),
        400,
        'VALIDATION_FAILED',
        /renegotiated only/,
      ],
      [
        'an unknown state',
        () => change(ownerClient, openPromiseId, { state: 'open' }),
        400,
        'VALIDATION_FAILED',
        /State must be/,
      ],
      [
        'renegotiating a kept promise',
        () =>
          change(ownerClient, keptPromiseId, {
            state: 'renegotiated',
            dueAt: '2026-12-10T17:00:00Z',
            message: 'By Thursday 10 December.',
          }),
        409,
        'PROMISE_NOT_OPEN',
      ],
      [
        'an unknown promise',
        () => change(ownerClient, '00000000-0000-4000-8000-000000000000', { state: 'kept' }),
        404,
        'NOT_FOUND',
      ],
    ];
    for (const [name, request, status, code, detail] of refusals)
      it(`refuses ${name}`, async () => {
        const before = await countRowsOfEveryTable(t.ctx.db);
        const response = await request();
        assert.equal(response.statusCode, status, JSON.stringify(response.json()));
        assert.equal(response.json().code, code);
        if (detail) assert.match(response.json().detail ?? '', detail);
        assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
      });

    it('refuses a promise on a resolved or closed case', async () => {
      clock = MONDAY;
      const opened = await caseOfOwner();
      const actor = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
      await changeCaseStatus(t.ctx, actor, opened.id, { status: 'resolved', resolution: RESOLUTION });
      for (const status of ['resolved', 'closed'] as const) {
        if (status === 'closed') await changeCaseStatus(t.ctx, actor, opened.id, { status: 'closed' });
        const before = await countRowsOfEveryTable(t.ctx.db);
        const response = await make(ownerClient, opened.id, terms);
        assert.equal(response.statusCode, 409, response.body);
        assert.equal(response.json().code, 'CASE_CLOSED');
        assert.match(response.json().detail, new RegExp(`is ${status}`));
        assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
      }
    });

    it('a supervisor may keep the owner’s promise', async () => {
      const response = await change(supervisorClient, openPromiseId, { state: 'kept' });
      assert.equal(response.statusCode, 200, response.body);
    });
  });

  it('at risk, the owner is alerted live; at its due time an open promise breaks by itself, the owner and the team’s supervisor are alerted live and by email — once', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const { promise } = (await make(ownerClient, opened.id, terms)).json();
    const heard: (LiveMessage | { type: 'resync' })[] = [];
    const stop = t.live.subscribe((message) => heard.push(message));
    try {
      const timers = await promiseTimers(opened.id);
      const atRisk = timers.find((x) => x.kind === 'promise_at_risk');
      const due = timers.find((x) => x.kind === 'promise_due');
      assert.ok(atRisk && due);
      clock = atRisk.dueAt;
      assert.equal(await fireCaseTimer(t.ctx, atRisk.id), true);
      const alerted = (state: string) =>
        heard.find((m) => m.type === 'case.changed' && m.promiseAlert?.state === state);
      await waitFor(() => alerted('at_risk'));
      assert.deepEqual(alerted('at_risk'), {
        type: 'case.changed',
        caseId: opened.id,
        promiseAlert: { to: [owner.id], promiseId: promise.id, state: 'at_risk', caseNumber: opened.number },
      });
      assert.equal((await eventsOf(opened.id)).at(-1)?.kind, 'promise_at_risk');

      clock = due.dueAt;
      const runs = await Promise.all([1, 2, 3].map(() => fireCaseTimer(t.ctx, due.id)));
      assert.equal(runs.filter(Boolean).length, 1);
      await waitFor(() => alerted('broken'));
      const broken = alerted('broken');
      assert.ok(broken?.type === 'case.changed');
      assert.deepEqual(broken.promiseAlert, {
        to: [owner.id, lead.id],
        promiseId: promise.id,
        state: 'broken',
        caseNumber: opened.number,
      });
      const listed = (await ownerClient.request('GET', `/api/v1/cases/${opened.id}/promises`)).json()
        .promises;
      assert.equal(listed[0].state, 'broken');
      assert.equal(listed[0].settledBy, null);
      const events = await eventsOf(opened.id);
      assert.equal(events.filter((e) => e.kind === 'promise_broken').length, 1);
      const emails = await t.ctx.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('promise_id', '=', promise.id)
        .orderBy('to_address')
        .execute();
      assert.deepEqual(
        emails.map((e) => [e.kind, e.to_address, e.case_id]).sort(),
        [
          ['promise-broken', owner.email, opened.id],
          ['promise-broken', lead.email, opened.id],
        ].sort(),
      );
      // The send job composes each mail from the promise (held in the local outbox: no SMTP here).
      await runJobs(t);
      const sent = await t.ctx.db
        .selectFrom('outbound_emails')
        .selectAll()
        .where('promise_id', '=', promise.id)
        .execute();
      for (const email of sent) {
        assert.equal(email.status, 'held', email.last_error ?? '');
        assert.equal(email.subject, `Promise broken on case ${opened.number}: Vase arrived broken`);
        assert.match(email.text_body ?? '', /refund your order/);
      }
      const toLead = sent.find((e) => e.to_address === lead.email);
      assert.match(toLead?.text_body ?? '', /^Hello Sam Lead,\n\nA promise on Owen Park’s case/);
    } finally {
      stop();
    }
  });

  it('a kept promise’s due timer, were it to run anyway, breaks nothing', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const { promise } = (await make(ownerClient, opened.id, terms)).json();
    const due = (await promiseTimers(opened.id)).find((x) => x.kind === 'promise_due');
    assert.ok(due);
    // The promise is kept a moment before its job runs (the cancelled timer row is gone too).
    await change(ownerClient, promise.id, { state: 'kept' });
    clock = due.dueAt;
    assert.equal(await fireCaseTimer(t.ctx, due.id), false);
    const listed = (await ownerClient.request('GET', `/api/v1/cases/${opened.id}/promises`)).json().promises;
    assert.equal(listed[0].state, 'kept');
  });

  it('refuses to resolve a case over an open promise, naming it and changing nothing; settled, it resolves', async () => {
    clock = MONDAY;
    const opened = await caseOfOwner();
    const first = (await make(ownerClient, opened.id, terms)).json().promise;
    clock = new Date(MONDAY.getTime() + 60_000);
    const second = (
      await make(ownerClient, opened.id, { ...terms, what: 'call you back', customerVisible: false })
    ).json().promise;
    const resolve = () =>
      ownerClient.request('POST', `/api/v1/cases/${opened.id}/status`, {
        status: 'resolved',
        resolution: RESOLUTION,
      });
    // Twice: a retry is refused the same way, and nothing is half-done either time.
    for (const attempt of [resolve, resolve]) {
      const before = await countRowsOfEveryTable(t.ctx.db);
      const refused = await attempt();
      assert.equal(refused.statusCode, 409, refused.body);
      const problem = refused.json();
      assert.equal(problem.code, 'OPEN_PROMISES');
      assert.equal(
        problem.detail,
        "Settle the case's open promises first — kept or broken: “refund your order”, “call you back”.",
      );
      assert.deepEqual(problem.promiseIds, [first.id, second.id]);
      assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before, 'nothing changed');
    }
    assert.equal((await change(ownerClient, first.id, { state: 'kept' })).statusCode, 200);
    const one = await resolve();
    assert.equal(one.statusCode, 409);
    assert.match(one.json().detail, /open promise first — kept or broken: “call you back”\./);
    assert.equal((await change(ownerClient, second.id, { state: 'broken' })).statusCode, 200);
    const resolved = await resolve();
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().case.status, 'resolved');
  });
});
