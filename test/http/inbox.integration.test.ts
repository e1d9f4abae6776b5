import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import type { Case } from '../../src/core/case/case.ts';
import type { CaseStatus } from '../../src/core/case/case-status.ts';
import type { Severity } from '../../src/core/case/severity.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { updateCaseClocks } from '../../src/store/case-timer.store.ts';
import {
  buildCase,
  buildCustomer,
  buildTeam,
  buildUser,
  RESOLUTION,
  TEST_PASSWORD,
} from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Listed = { case: { id: string; number: number; title: string }; customer: { id: string } };
type Page = { cases: Listed[]; nextCursor: string | null };

const T0 = Date.parse('2026-12-01T09:00:00Z');
const minutesAfter = (minutes: number) => new Date(T0 + minutes * 60_000);

describe('the inbox over HTTP', () => {
  let t: TestApp;
  let agent: User;
  let supervisor: User;
  let asAgent: Client;
  let asSupervisor: Actor;

  before(async () => {
    t = await startTestApp();
    agent = await buildUser(t.ctx, { role: 'agent', name: 'Maya Agent' });
    supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    asAgent = await signIn(t.app, agent.email, TEST_PASSWORD);
    asSupervisor = { userId: supervisor.id, role: 'supervisor', via: 'session' };
  });
  after(() => t.close());

  /** A case opened at `minute` (after T0), then moved through `statuses` a minute apart each. */
  async function caseAt(
    minute: number,
    fields: { teamId: string; severity?: Severity; title?: string; customerId?: string; ownerId?: string },
    statuses: CaseStatus[] = [],
  ): Promise<Case> {
    const opened = await buildCase(
      { ...t.ctx, now: () => minutesAfter(minute) },
      { ownerId: agent.id, severity: 'normal', ...fields },
    );
    for (const [i, status] of statuses.entries()) {
      await changeCaseStatus({ ...t.ctx, now: () => minutesAfter(minute + i + 1) }, asSupervisor, opened.id, {
        status,
        ...(status === 'resolved' && { resolution: RESOLUTION }),
      });
    }
    return opened;
  }

  async function list(query: string): Promise<Page> {
    const response = await asAgent.request('GET', `/api/v1/cases?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  }
  const titles = (page: Page) => page.cases.map((item) => item.case.title);

  /** Every page of a view, following nextCursor; `between` runs after each page but the last. */
  async function pageThrough(query: string, between: (pageIndex: number) => Promise<void> = async () => {}) {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 100; i++) {
      const page: Page = await list(cursor ? `${query}&cursor=${cursor}` : query);
      seen.push(...titles(page));
      cursor = page.nextCursor;
      if (!cursor) return seen;
      await between(i);
    }
    throw new Error('the pages never ended');
  }

  it('puts an acknowledged critical case above an open low one: severity, then longest waiting', async () => {
    const team = await buildTeam(t.ctx);
    await caseAt(0, { teamId: team.id, severity: 'low', title: 'Paper invoice' });
    await caseAt(10, { teamId: team.id, severity: 'critical', title: 'Furnace out, baby at home' }, [
      'acknowledged',
    ]);
    await caseAt(5, { teamId: team.id, severity: 'critical', title: 'No heating since Monday' });
    await caseAt(20, { teamId: team.id, severity: 'high', title: 'Double charge' }, ['acknowledged']);
    const page = await list(`teamId=${team.id}&order=urgency`);
    assert.deepEqual(titles(page), [
      'No heating since Monday',
      'Furnace out, baby at home',
      'Double charge',
      'Paper invoice',
    ]);
    assert.equal(page.nextCursor, null);
  });

  it('lists done cases newest finished first, and a mixed status filter by the active rule', async () => {
    const team = await buildTeam(t.ctx);
    await caseAt(0, { teamId: team.id, title: 'Resolved late', severity: 'low' }, ['resolved']);
    await caseAt(100, { teamId: team.id, title: 'Closed early', severity: 'critical' }, [
      'resolved',
      'closed',
    ]);
    await caseAt(50, { teamId: team.id, title: 'Closed in between' }, ['resolved']);
    // resolved at minute 1, closed at 300: finished when closed.
    const closedLast = await caseAt(0, { teamId: team.id, title: 'Closed at 300' }, ['resolved']);
    await changeCaseStatus({ ...t.ctx, now: () => minutesAfter(300) }, asSupervisor, closedLast.id, {
      status: 'closed',
    });
    await caseAt(30, { teamId: team.id, title: 'Still open', severity: 'low' });

    assert.deepEqual(titles(await list(`teamId=${team.id}&status=resolved,closed`)), [
      'Closed at 300',
      'Closed early',
      'Closed in between',
      'Resolved late',
    ]);
    assert.deepEqual(
      titles(await list(`teamId=${team.id}&status=open,resolved,closed&severity=low,critical`)),
      ['Closed early', 'Resolved late', 'Still open'],
    );
  });

  it('filters by owner, team, status and severity together', async () => {
    const team = await buildTeam(t.ctx);
    const otherTeam = await buildTeam(t.ctx);
    const colleague = await buildUser(t.ctx, { teamIds: [team.id] });
    await caseAt(0, { teamId: team.id, title: 'Mine, high', severity: 'high' });
    await caseAt(1, { teamId: team.id, title: 'Mine, high, acknowledged', severity: 'high' }, [
      'acknowledged',
    ]);
    await caseAt(2, { teamId: team.id, title: 'Mine, low', severity: 'low' });
    await caseAt(3, { teamId: team.id, title: "Colleague's, high", severity: 'high', ownerId: colleague.id });
    await caseAt(4, { teamId: otherTeam.id, title: 'Other team, high', severity: 'high' });

    assert.deepEqual(titles(await list(`teamId=${team.id}&ownerId=${agent.id}&severity=high`)), [
      'Mine, high',
      'Mine, high, acknowledged',
    ]);
    assert.deepEqual(titles(await list(`teamId=${team.id}&ownerId=${agent.id}&status=open&severity=high`)), [
      'Mine, high',
    ]);
    assert.deepEqual(titles(await list(`teamId=${otherTeam.id}`)), ['Other team, high']);
    assert.deepEqual(titles(await list(`teamId=${team.id}&ownerId=${colleague.id}`)), ["Colleague's, high"]);
  });

  it('finds cases by number with or without #, by title words, and by customer name or email', async () => {
    const team = await buildTeam(t.ctx);
    const jane = await buildCustomer(t.ctx, { name: 'Jane Quixotic', email: 'jq-inbox@mailbox.test' });
    const other = await buildCustomer(t.ctx, { name: 'Olaf Other' });
    const byJane = await caseAt(0, { teamId: team.id, title: 'Parcel lost', customerId: jane.id });
    const lateFurnace = await caseAt(1, {
      teamId: team.id,
      title: 'Furnace repair was late',
      customerId: other.id,
    });
    await caseAt(2, { teamId: team.id, title: '100% refund promised', customerId: other.id });
    const found = async (q: string) =>
      titles(
        await list(`teamId=${team.id}&status=open,acknowledged,resolved,closed&q=${encodeURIComponent(q)}`),
      );

    assert.deepEqual(await found(String(lateFurnace.number)), ['Furnace repair was late']);
    assert.deepEqual(await found(`#${byJane.number}`), ['Parcel lost']);
    assert.deepEqual(await found('REPAIR'), ['Furnace repair was late']);
    assert.deepEqual(await found('quixot'), ['Parcel lost']);
    assert.deepEqual(await found('jq-inbox@mailbox'), ['Parcel lost']);
    // LIKE's wildcards in the text are the characters themselves.
    assert.deepEqual(await found('100%'), ['100% refund promised']);
    assert.deepEqual(await found('0_ r'), []);
    assert.deepEqual(await found('nothing like this'), []);
  });

  it('pages through every case once, in order, however small the page', async () => {
    const team = await buildTeam(t.ctx);
    const severities: Severity[] = ['low', 'critical', 'normal', 'high'];
    // Several cases share a waiting time, so the number must break ties.
    for (let i = 0; i < 23; i++) {
      await caseAt(i % 5, { teamId: team.id, severity: severities[i % 4], title: `case ${i}` });
    }
    // One case from before clocks existed (none on its row): the due order puts it last, and pages
    // cross from timed cases to untimed ones without losing or repeating any.
    const untimed = await caseAt(3, { teamId: team.id, severity: 'high', title: 'case untimed' });
    await updateCaseClocks(
      t.ctx.db,
      untimed.id,
      { acknowledgeDueAt: undefined, updateDueAt: undefined, resolveDueAt: undefined },
      undefined,
    );
    for (const order of ['urgency', 'due']) {
      const all = titles(await list(`teamId=${team.id}&order=${order}&limit=200`));
      assert.equal(all.length, 24);
      if (order === 'due') assert.equal(all.at(-1), 'case untimed');
      for (const limit of [1, 4, 5, 23]) {
        assert.deepEqual(
          await pageThrough(`teamId=${team.id}&order=${order}&limit=${limit}`),
          all,
          `${order}, limit ${limit}`,
        );
      }
    }
    assert.deepEqual(
      await pageThrough(`teamId=${team.id}&limit=5`),
      await pageThrough(`teamId=${team.id}&order=due&limit=5`),
      'active cases are in due order unless asked otherwise',
    );
    const page = await list(`teamId=${team.id}&limit=24`);
    assert.equal(page.nextCursor, null, 'a page holding the last case says there is no next one');
  });

  it('pages done cases newest finished first', async () => {
    const team = await buildTeam(t.ctx);
    for (let i = 0; i < 9; i++) await caseAt(i % 3, { teamId: team.id, title: `done ${i}` }, ['resolved']);
    const all = titles(await list(`teamId=${team.id}&status=resolved,closed`));
    assert.equal(all.length, 9);
    assert.deepEqual(await pageThrough(`teamId=${team.id}&status=resolved,closed&limit=2`), all);
  });

  for (const order of ['urgency', 'due'])
    it(`keeps its place when cases arrive between pages (${order}): none repeats, none already there is skipped`, async () => {
      const team = await buildTeam(t.ctx);
      for (let i = 0; i < 12; i++) {
        await caseAt(10 + i, { teamId: team.id, severity: i % 2 ? 'high' : 'low', title: `before ${i}` });
      }
      const before = titles(await list(`teamId=${team.id}&order=${order}`));
      let added = 0;
      const seen = await pageThrough(`teamId=${team.id}&order=${order}&limit=3`, async () => {
        // One that sorts before the cursor (more severe, waiting longer: its clock breaks first) and one after it.
        await caseAt(0, { teamId: team.id, severity: 'critical', title: `arrived ${added++}` });
        await caseAt(5000, { teamId: team.id, severity: 'low', title: `arrived ${added++}` });
      });
      assert.equal(new Set(seen).size, seen.length, `a case repeated: ${seen}`);
      assert.deepEqual(
        seen.filter((title) => title.startsWith('before')),
        before,
      );
    });

  it('orders active cases by the clock that breaks first, and carries each case’s clocks', async () => {
    const team = await buildTeam(t.ctx);
    // Critical: acknowledge within 30 min (wall time). Opened at minute 100, it breaks at 130 —
    // before a low case opened at minute 0, whose acknowledge clock allows 960 (business) minutes.
    await caseAt(0, { teamId: team.id, severity: 'low', title: 'Paper invoice' });
    await caseAt(100, { teamId: team.id, severity: 'critical', title: 'Furnace out' });
    // Acknowledged at minute 51: its update clock (critical: every 120 min) breaks at 171.
    await caseAt(50, { teamId: team.id, severity: 'critical', title: 'No hot water' }, ['acknowledged']);
    const page = await list(`teamId=${team.id}`);
    assert.deepEqual(titles(page), ['Furnace out', 'No hot water', 'Paper invoice']);
    type Clocks = {
      acknowledgeDueAt: string | null;
      updateDueAt: string | null;
      resolveDueAt: string | null;
      nextDue: { clock: string; dueAt: string } | null;
    };
    const clocksOf = (i: number): Clocks | undefined =>
      (page.cases[i]?.case as { clocks?: Clocks } | undefined)?.clocks;
    assert.deepEqual(clocksOf(0), {
      acknowledgeDueAt: minutesAfter(130).toISOString(),
      updateDueAt: null,
      resolveDueAt: minutesAfter(100 + 1440).toISOString(),
      nextDue: { clock: 'acknowledge', dueAt: minutesAfter(130).toISOString() },
    });
    assert.deepEqual(clocksOf(1)?.nextDue, { clock: 'update', dueAt: minutesAfter(171).toISOString() });
    assert.equal(clocksOf(1)?.acknowledgeDueAt, null, 'acknowledging stopped that clock');

    const detail = await asAgent.request('GET', `/api/v1/cases/${page.cases[1]?.case.id}`);
    assert.equal(detail.statusCode, 200);
    assert.deepEqual(detail.json().case.clocks, clocksOf(1), 'the case page has the same clocks');
    assert.deepEqual(detail.json().policy.updateEvery, { minutes: 120, business: false });
    assert.equal(detail.json().businessTimeZone, 'UTC');
    assert.equal(detail.json().updateNudgedAt, null);
  });

  it('refuses an order that does not fit the status filter, naming the field', async () => {
    for (const query of [
      'status=resolved&order=due',
      'status=open,resolved&order=due',
      'order=finished',
      'order=soon',
    ]) {
      const response = await asAgent.request('GET', `/api/v1/cases?${query}`);
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      // The schema says querystring.order for a word it does not know; the rule says query.order.
      assert.match(response.json().errors[0].field, /^query(string)?\.order$/, query);
    }
    const team = await buildTeam(t.ctx);
    await caseAt(0, { teamId: team.id });
    await caseAt(1, { teamId: team.id });
    const due = await list(`teamId=${team.id}&limit=1`);
    assert.ok(due.nextCursor);
    const crossed = await asAgent.request('GET', `/api/v1/cases?order=urgency&cursor=${due.nextCursor}`);
    assert.equal(crossed.statusCode, 400);
    assert.match(crossed.json().detail, /another order/);
  });

  it('refuses a cursor it did not give out, or one from a view in the other order, with a sentence', async () => {
    for (const cursor of ['not-a-cursor', Buffer.from('["u",9,"x",1]').toString('base64url'), '%%%']) {
      const response = await asAgent.request('GET', `/api/v1/cases?cursor=${encodeURIComponent(cursor)}`);
      assert.equal(response.statusCode, 400, cursor);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      assert.equal(response.json().errors[0].field, 'query.cursor');
      assert.match(response.json().detail, /nextCursor/);
    }
    const team = await buildTeam(t.ctx);
    await caseAt(0, { teamId: team.id });
    await caseAt(1, { teamId: team.id });
    const active = await list(`teamId=${team.id}&limit=1`);
    assert.ok(active.nextCursor);
    const crossed = await asAgent.request(
      'GET',
      `/api/v1/cases?status=resolved,closed&cursor=${active.nextCursor}`,
    );
    assert.equal(crossed.statusCode, 400);
    assert.match(crossed.json().detail, /another order/);
  });

  it('refuses an unknown status or severity, and a limit out of range', async () => {
    for (const query of ['status=pending', 'severity=urgent', 'limit=0', 'limit=201', 'q=']) {
      const response = await asAgent.request('GET', `/api/v1/cases?${query}`);
      assert.equal(response.statusCode, 400, query);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
    }
  });

  it('opens a case and its timeline by number as well as by id', async () => {
    const team = await buildTeam(t.ctx);
    const opened = await caseAt(0, { teamId: team.id, title: 'Known by its number' });
    const byNumber = await asAgent.request('GET', `/api/v1/cases/${opened.number}`);
    assert.equal(byNumber.statusCode, 200, byNumber.body);
    assert.equal(byNumber.json().case.id, opened.id);
    const events = await asAgent.request('GET', `/api/v1/cases/${opened.number}/events`);
    assert.equal(events.statusCode, 200);
    assert.equal(events.json().events[0].kind, 'created');
    const unknown = await asAgent.request('GET', '/api/v1/cases/999999999');
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().code, 'NOT_FOUND');
    for (const bad of ['abc', '0', '12a']) {
      const response = await asAgent.request('GET', `/api/v1/cases/${bad}`);
      assert.equal(response.statusCode, 400, bad);
      assert.match(response.json().errors[0].message, /case number/);
    }
  });
});
