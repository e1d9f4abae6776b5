import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { appendCustomerMessage } from '../../src/app/conversation/append-customer-message.ts';
import { sendFollowUp } from '../../src/app/follow-up/send-follow-up.ts';
import { ensureDefaultSurvey } from '../../src/app/surveys/ensure-default-survey.ts';
import { fireCaseTimer } from '../../src/app/timers/fire-case-timer.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { User } from '../../src/core/team/user.ts';
import type { TimerKind } from '../../src/core/timer/case-timer.ts';
import { listCaseTimers, scheduleCaseTimers } from '../../src/store/case-timer.store.ts';
import { buildCase, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const DAY = 86_400_000;

describe('resolution and follow-up over HTTP', () => {
  let t: TestApp;
  // Cases are resolved in the past, so their follow-up jobs are due in PostgreSQL's time too.
  let clock = new Date(Date.now() - 60 * DAY);
  let owner: User;
  let admin: User;
  let asOwner: Client;
  let asAdmin: Client;
  const actor = () => ({ userId: owner.id, role: owner.role, via: 'session' as const });

  before(async () => {
    t = await startTestApp({ now: () => clock });
    await ensureDefaultSurvey(t.ctx);
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    admin = await buildUser(t.ctx, { role: 'admin', name: 'Ada Admin' });
    asOwner = await signIn(t.app, owner.email, TEST_PASSWORD);
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  });
  after(() => t.close());

  /** The clock moves by weeks here; sessions last 14 days, so people sign in again after a move. */
  const moveClock = async (to: Date) => {
    clock = to;
    asOwner = await signIn(t.app, owner.email, TEST_PASSWORD);
    asAdmin = await signIn(t.app, admin.email, TEST_PASSWORD);
  };
  const newCase = () => buildCase(t.ctx, { ownerId: owner.id, title: 'Vase arrived broken' });
  const setStatus = (c: Pick<Case, 'id'>, body: Record<string, unknown>) =>
    asOwner.request('POST', `/api/v1/cases/${c.id}/status`, body);
  const count = async (query: string, caseId: string) => {
    const { rows } = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM ${sql.raw(query)} WHERE case_id = ${caseId}`.execute(t.ctx.db);
    return rows[0]?.n ?? 0;
  };
  const followUpTimers = async (caseId: string) =>
    (await listCaseTimers(t.ctx.db, caseId)).filter((x) => x.kind === 'follow_up_due');

  it('refuses to resolve without the three parts, naming the one missing, and changes nothing', async () => {
    const c = await newCase();
    const none = await setStatus(c, { status: 'resolved' });
    assert.equal(none.statusCode, 400, none.body);
    assert.equal(none.json().code, 'VALIDATION_FAILED');
    assert.match(none.json().detail, /what went wrong/);
    const blank = await setStatus(c, { status: 'resolved', resolution: { ...RESOLUTION, howFixed: '  ' } });
    assert.equal(blank.statusCode, 400, blank.body);
    assert.match(blank.json().detail, /how it was fixed \(resolution\.howFixed\)/);
    const missing = await setStatus(c, {
      status: 'resolved',
      resolution: { whatWentWrong: 'x', howFixed: 'y' },
    });
    assert.equal(missing.statusCode, 400, missing.body);
    const stray = await setStatus(c, { status: 'acknowledged', resolution: RESOLUTION });
    assert.equal(stray.statusCode, 400, stray.body);
    assert.match(stray.json().detail, /resolution goes with resolving/);
    const after = (await asOwner.request('GET', `/api/v1/cases/${c.id}`)).json();
    assert.equal(after.case.status, 'open', 'nothing changed');
    assert.equal(await count('case_resolutions', c.id), 0);
    assert.deepEqual(await followUpTimers(c.id), []);
  });

  it('resolves with the three parts: kept, shown on the timeline, drafted into the resolution message, follow-up timed', async () => {
    const c = await newCase();
    const draftBefore = await asOwner.request(
      'GET',
      `/api/v1/cases/${c.id}/message-draft?template=resolution&whatWentWrong=${encodeURIComponent(RESOLUTION.whatWentWrong)}&howFixed=${encodeURIComponent(RESOLUTION.howFixed)}`,
    );
    assert.equal(draftBefore.statusCode, 200, draftBefore.body);
    const drafted = draftBefore.json().text as string;
    assert.ok(drafted.includes(`What went wrong: ${RESOLUTION.whatWentWrong}`), drafted);
    assert.ok(drafted.includes(`How we fixed it: ${RESOLUTION.howFixed}`), drafted);
    assert.ok(
      drafted.includes('Why it will not happen again: [what we changed]'),
      'a part not written yet stays a placeholder',
    );

    const resolved = await setStatus(c, { status: 'resolved', resolution: RESOLUTION });
    assert.equal(resolved.statusCode, 200, resolved.body);
    assert.equal(resolved.json().case.status, 'resolved');
    const events = (await asOwner.request('GET', `/api/v1/cases/${c.id}/events`)).json().events;
    const change = events.find((e: { kind: string }) => e.kind === 'status_changed');
    assert.deepEqual(
      { ...change.data.resolution, followUpDueAt: undefined },
      { number: 1, ...RESOLUTION, followUpDueAt: undefined },
    );
    const [timer, ...more] = await followUpTimers(c.id);
    assert.ok(timer && more.length === 0, 'one follow-up timer');
    assert.equal(timer.dueAt.toISOString(), change.data.resolution.followUpDueAt);
    assert.ok(timer.dueAt.getTime() > clock.getTime(), 'due after the resolution');

    const draftAfter = await asOwner.request(
      'GET',
      `/api/v1/cases/${c.id}/message-draft?template=resolution`,
    );
    assert.ok(
      (draftAfter.json().text as string).includes(`Why it will not happen again: ${RESOLUTION.whyNotAgain}`),
    );
  });

  it('lets an admin change the follow-up settings; bad values are refused by name and change nothing', async () => {
    const bad = await asAdmin.request('PUT', '/api/v1/settings/follow-up', {
      reopenWithinDays: 14,
      followUpBusinessDays: 0,
    });
    assert.equal(bad.statusCode, 400, bad.body);
    assert.match(bad.json().detail, /followUpBusinessDays must be at least 1/);
    const agent = await asOwner.request('PUT', '/api/v1/settings/follow-up', {
      reopenWithinDays: 7,
      followUpBusinessDays: 5,
    });
    assert.equal(agent.statusCode, 403);
    assert.deepEqual((await asOwner.request('GET', '/api/v1/settings/follow-up')).json(), {
      reopenWithinDays: 14,
      followUpBusinessDays: 3,
    });
    const three = await newCase();
    await setStatus(three, { status: 'resolved', resolution: RESOLUTION });
    const saved = await asAdmin.request('PUT', '/api/v1/settings/follow-up', {
      reopenWithinDays: 14,
      followUpBusinessDays: 6,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    const six = await newCase();
    await setStatus(six, { status: 'resolved', resolution: RESOLUTION });
    const [dueThree] = await followUpTimers(three.id);
    const [dueSix] = await followUpTimers(six.id);
    assert.ok(dueThree && dueSix);
    assert.ok(dueSix.dueAt.getTime() > dueThree.dueAt.getTime(), 'six business days end later than three');
    await asAdmin.request('PUT', '/api/v1/settings/follow-up', {
      reopenWithinDays: 14,
      followUpBusinessDays: 3,
    });
  });

  it('sends the follow-up exactly once under concurrent resolves, reopenings, repeated firing and a re-run job', async () => {
    const c = await newCase();
    // Ten people at once, each resolving, reopening and resolving again: the case lock orders them.
    const attempts = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const codes: number[] = [];
        for (const body of [
          { status: 'resolved', resolution: RESOLUTION },
          { status: 'open' },
          { status: 'resolved', resolution: RESOLUTION },
        ])
          codes.push((await setStatus(c, body)).statusCode);
        return codes;
      }),
    );
    for (const codes of attempts)
      for (const code of codes) assert.ok(code === 200 || code === 409, String(code));
    const state = (await asOwner.request('GET', `/api/v1/cases/${c.id}`)).json().case.status;
    if (state !== 'resolved') await setStatus(c, { status: 'resolved', resolution: RESOLUTION });
    const resolutions = await count('case_resolutions', c.id);
    assert.ok(resolutions >= 2, `resolved ${resolutions} times`);
    const timers = await followUpTimers(c.id);
    assert.equal(timers.length, 1, 'only the last resolution still has its follow-up timed');
    const { rows: owed } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM case_resolutions WHERE case_id = ${c.id} AND follow_up_cancelled_at IS NULL`.execute(
      t.ctx.db,
    );
    assert.equal(owed[0]?.n, 1, 'each earlier resolution had its follow-up called off by the reopening');

    const timer = timers[0];
    assert.ok(timer);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), false, 'not due yet');
    clock = new Date(timer.dueAt.getTime() + 1000);
    const fired = await Promise.all(Array.from({ length: 6 }, () => fireCaseTimer(t.ctx, timer.id)));
    assert.equal(fired.filter(Boolean).length, 1);
    // A restart: the same timer scheduled again (a replayed resolve), its job run by a fresh worker,
    // and the handler retried directly — none sends a second follow-up.
    await scheduleCaseTimers(t.ctx.db, [{ ...timer }]);
    await sql`UPDATE graphile_worker._private_jobs SET run_at = now() - interval '1 second'
              WHERE key = ${`case-timer:${timer.id}`}`
      .execute(t.ctx.db)
      .catch(() => undefined);
    await runJobs(t);
    assert.equal(
      await t.ctx.db
        .transaction()
        .execute((trx) => sendFollowUp(t.ctx, trx, timer.subjectId as string, clock)),
      'already_sent',
    );
    assert.equal(await count('follow_ups', c.id), 1);
    const { rows: mails } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM outbound_emails WHERE case_id = ${c.id} AND kind = 'follow-up'`.execute(
      t.ctx.db,
    );
    assert.equal(mails[0]?.n, 1, 'one follow-up email');
    const { rows: ratings } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM rating_requests WHERE case_id = ${c.id} AND touchpoint_type = 'recovery'`.execute(
      t.ctx.db,
    );
    assert.equal(ratings[0]?.n, 1, 'one recovery rating request, linked to the case');
    const tasks = (await asOwner.request('GET', `/api/v1/cases/${c.id}/tasks`)).json().tasks;
    assert.equal(tasks.length, 1, 'one call task');
    const events = (await asOwner.request('GET', `/api/v1/cases/${c.id}/events`)).json().events;
    assert.equal(events.filter((e: { kind: string }) => e.kind === 'follow_up_sent').length, 1);
  });

  it('gives the owner a call task with a script from the same parts, and records its outcome once', async () => {
    const c = await newCase();
    await setStatus(c, { status: 'resolved', resolution: RESOLUTION });
    const [timer] = await followUpTimers(c.id);
    assert.ok(timer);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    const [task] = (await asOwner.request('GET', `/api/v1/cases/${c.number}/tasks`)).json().tasks;
    assert.equal(task.kind, 'follow_up_call');
    assert.equal(task.assigneeUserId, owner.id);
    assert.equal(task.status, 'open');
    const dueIn = Date.parse(task.dueAt) - clock.getTime();
    assert.ok(
      dueIn > 0 && dueIn <= 4 * 86_400_000,
      `the call is due the next business day, not overdue at once (${task.dueAt})`,
    );
    for (const part of Object.values(RESOLUTION)) assert.ok(task.script.includes(part), part);
    const empty = await asOwner.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: ' ' });
    assert.equal(empty.statusCode, 400, empty.body);
    assert.match(empty.json().detail, /outcome/i);
    const done = await asOwner.request('PATCH', `/api/v1/tasks/${task.id}`, {
      outcome: 'Reached her: the new vase is on the shelf and she is happy again.',
    });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(done.json().status, 'done');
    const again = await asOwner.request('PATCH', `/api/v1/tasks/${task.id}`, { outcome: 'Twice' });
    assert.equal(again.statusCode, 409, again.body);
    const unknown = await asOwner.request('PATCH', '/api/v1/tasks/00000000-0000-4000-8000-000000000000', {
      outcome: 'x',
    });
    assert.equal(unknown.statusCode, 404);
    const events = (await asOwner.request('GET', `/api/v1/cases/${c.id}/events`)).json().events;
    const doneEvent = events.find((e: { kind: string }) => e.kind === 'task_done');
    assert.equal(doneEvent.body, 'Reached her: the new vase is on the shelf and she is happy again.');
  });

  it('a reply within the window reopens the case and calls off its follow-up; a later one opens a linked new case', async () => {
    const soon = await newCase();
    await setStatus(soon, { status: 'resolved', resolution: RESOLUTION });
    clock = new Date(clock.getTime() + 2 * DAY);
    await t.ctx.db.transaction().execute((trx) =>
      appendCustomerMessage(trx, clock, {
        caseId: soon.id,
        body: 'It broke again.',
        channel: 'status_page',
      }),
    );
    const reopened = (await asOwner.request('GET', `/api/v1/cases/${soon.id}`)).json().case;
    assert.equal(reopened.status, 'open');
    assert.equal(reopened.reopenCount, 1, 'the reopening is counted');
    assert.deepEqual(await followUpTimers(soon.id), [], 'the follow-up is called off');

    const late = await newCase();
    await setStatus(late, { status: 'resolved', resolution: RESOLUTION });
    await moveClock(new Date(clock.getTime() + 15 * DAY));
    const event = await t.ctx.db.transaction().execute((trx) =>
      appendCustomerMessage(trx, clock, {
        caseId: late.id,
        body: 'Another problem now.',
        channel: 'status_page',
      }),
    );
    assert.ok(event);
    assert.notEqual(event.caseId, late.id, 'the message went to a new case');
    const old = (await asOwner.request('GET', `/api/v1/cases/${late.id}`)).json().case;
    assert.equal(old.status, 'resolved', 'the old case stays resolved');
    assert.equal(old.reopenCount, 0);
    const fresh = (await asOwner.request('GET', `/api/v1/cases/${event.caseId}`)).json();
    assert.equal(fresh.case.status, 'open');
    assert.equal(fresh.case.customerId, late.customerId);
    assert.equal(fresh.owner.id, owner.id, 'the owner who knows the story');
    const oldEvents = (await asOwner.request('GET', `/api/v1/cases/${late.id}/events`)).json().events;
    const newEvents = (await asOwner.request('GET', `/api/v1/cases/${event.caseId}/events`)).json().events;
    const linkOld = oldEvents.find((e: { kind: string }) => e.kind === 'case_linked');
    const linkNew = newEvents.find((e: { kind: string }) => e.kind === 'case_linked');
    assert.deepEqual(linkOld.data, {
      caseId: event.caseId,
      caseNumber: fresh.case.number,
      relation: 'followed_by',
    });
    assert.deepEqual(linkNew.data, { caseId: late.id, caseNumber: late.number, relation: 'follows' });
    assert.ok(
      newEvents.some(
        (e: { kind: string; body: string }) => e.kind === 'message_in' && e.body === 'Another problem now.',
      ),
    );
    const { rows } = await sql<{
      follows: string;
    }>`SELECT follows_case_id AS follows FROM cases WHERE id = ${event.caseId}`.execute(t.ctx.db);
    assert.equal(rows[0]?.follows, late.id);
  });

  it('the reconciliation lists none missing or doubled, and shows a deliberately broken one', async () => {
    // Everything due so far has fired: run every due timer as the worker would. This test's clock
    // runs weeks behind PostgreSQL's, so an earlier worker pass ran jobs due by the database but not
    // yet by the app, and they ended unfired: each unfired timer's job is queued again first.
    await moveClock(new Date());
    const unfired = await t.ctx.db
      .selectFrom('case_timers')
      .selectAll()
      .where('fired_at', 'is', null)
      .execute();
    await scheduleCaseTimers(
      t.ctx.db,
      unfired.map((row) => ({
        caseId: row.case_id,
        kind: row.kind as TimerKind,
        subjectId: row.subject_id ?? undefined,
        dueAt: row.due_at,
      })),
    );
    await sql`UPDATE graphile_worker._private_jobs SET run_at = now() - interval '1 second'
              WHERE task_identifier = 'fire-case-timer'`
      .execute(t.ctx.db)
      .catch(() => undefined);
    await runJobs(t);
    const clean = await asAdmin.request('GET', '/api/v1/reports/follow-ups');
    assert.equal(clean.statusCode, 200, clean.body);
    assert.deepEqual(clean.json().missing, []);
    assert.deepEqual(clean.json().doubled, []);
    const forbidden = await asOwner.request('GET', '/api/v1/reports/follow-ups');
    assert.equal(forbidden.statusCode, 403);

    // Broken on purpose: a follow-up whose timer was lost, and a second recovery rating for a sent one.
    clock = new Date(Date.now() - 30 * DAY);
    const lost = await newCase();
    await changeCaseStatus(t.ctx, actor(), lost.id, { status: 'resolved', resolution: RESOLUTION });
    await sql`DELETE FROM case_timers WHERE case_id = ${lost.id}`.execute(t.ctx.db);
    const doubled = await newCase();
    await changeCaseStatus(t.ctx, actor(), doubled.id, { status: 'resolved', resolution: RESOLUTION });
    const [timer] = await followUpTimers(doubled.id);
    assert.ok(timer);
    clock = new Date(timer.dueAt.getTime() + 1000);
    assert.equal(await fireCaseTimer(t.ctx, timer.id), true);
    await sql`INSERT INTO rating_requests (key, survey_id, customer_id, touchpoint_type, touchpoint_ref, negative_at_most,
                                           created_at, expires_at, case_id)
              SELECT key || 'x', survey_id, customer_id, touchpoint_type, touchpoint_ref, negative_at_most, created_at,
                     expires_at, case_id FROM rating_requests WHERE case_id = ${doubled.id}`.execute(
      t.ctx.db,
    );
    await moveClock(new Date());
    const broken = (await asAdmin.request('GET', '/api/v1/reports/follow-ups')).json();
    assert.deepEqual(
      broken.missing.map((g: { caseId: string; sent: number }) => [g.caseId, g.sent]),
      [[lost.id, 0]],
    );
    assert.deepEqual(
      broken.doubled.map((g: { caseId: string; sent: number }) => [g.caseId, g.sent]),
      [[doubled.id, 2]],
    );
  });
});
