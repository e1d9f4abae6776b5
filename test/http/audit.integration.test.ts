import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

type Entry = { id: number; actorUserId: string | null; action: string; subjectId: string; at: string };

describe('the audit log over the API', () => {
  let t: TestApp;
  let now = new Date('2026-12-01T09:00:00Z');
  let ada: User;
  let asAda: Client;
  let bo: User;
  let asBo: Client;

  before(async () => {
    t = await startTestApp({ now: () => now });
    ada = await buildUser(t.ctx, { role: 'admin', name: 'Ada' });
    bo = await buildUser(t.ctx, { role: 'admin', name: 'Bo' });
    asAda = await signIn(t.app, ada.email, TEST_PASSWORD);
    asBo = await signIn(t.app, bo.email, TEST_PASSWORD);
    // The audit row's time comes from the database; give each day's changes their own day.
    for (const [day, client, name] of [
      ['2026-12-01', asAda, 'Team A'],
      ['2026-12-02', asBo, 'Team B'],
      ['2026-12-03', asAda, 'Team C'],
    ] as const) {
      now = new Date(`${day}T00:00:00Z`);
      const team = await client.request('POST', '/api/v1/teams', { name });
      await t.ctx.db
        .updateTable('audit_log')
        .set({ at: now })
        .where('subject_id', '=', team.json().team.id)
        .execute();
    }
  });
  after(() => t.close());

  const audit = async (query: string) => {
    const response = await asAda.request('GET', `/api/v1/audit?${query}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { entries: Entry[]; nextBeforeId: number | null };
  };

  it('filters by person and by action', async () => {
    const byBo = await audit(`actorUserId=${bo.id}&action=team.created`);
    assert.deepEqual(
      byBo.entries.map((e) => e.actorUserId),
      [bo.id],
    );
    const teams = await audit('action=team.created');
    assert.equal(teams.entries.length, 3);
    assert.ok(teams.entries.every((e) => e.action === 'team.created'));
  });

  it('filters by period: from inclusive, to exclusive', async () => {
    const second = await audit('action=team.created&from=2026-12-02&to=2026-12-03');
    assert.deepEqual(
      second.entries.map((e) => e.actorUserId),
      [bo.id],
    );
  });

  it('pages backwards without overlap or gaps', async () => {
    const first = await audit('action=team.created&limit=2');
    assert.equal(first.entries.length, 2);
    assert.ok(first.nextBeforeId);
    const rest = await audit(`action=team.created&limit=2&beforeId=${first.nextBeforeId}`);
    assert.equal(rest.entries.length, 1);
    assert.equal(rest.nextBeforeId, null);
    const ids = [...first.entries, ...rest.entries].map((e) => e.id);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => b - a),
    );
    assert.equal(new Set(ids).size, 3);
  });

  it('refuses a period that ends before it starts and a bad date, with the field named', async () => {
    const backwards = await asAda.request('GET', '/api/v1/audit?from=2026-12-03&to=2026-12-01');
    assert.equal(backwards.statusCode, 400);
    assert.equal(backwards.json().detail, 'The period must end after it starts.');
    const bad = await asAda.request('GET', '/api/v1/audit?from=yesterday');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'querystring.from');
  });
});
