import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, it } from 'node:test';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** Reads a Server-Sent Events stream until `predicate` matches an event, or fails after `timeoutMs`. */
function waitForEvent(
  url: string,
  cookie: string,
  predicate: (event: { type: string; data: string }) => boolean,
  timeoutMs: number,
) {
  let ready!: () => void;
  const connected = new Promise<void>((resolve) => {
    ready = resolve;
  });
  const event = new Promise<{ type: string; data: string }>((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, accept: 'text/event-stream' } }, (response) => {
      if (response.statusCode !== 200)
        return reject(new Error(`live stream answered ${response.statusCode}`));
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        if (buffer.includes(': connected')) ready();
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const type = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (type && data && predicate({ type, data })) {
            clearTimeout(timer);
            request.destroy();
            resolve({ type, data });
          }
        }
      });
    });
    request.on('error', () => {});
    const timer = setTimeout(() => {
      request.destroy();
      reject(new Error(`no matching live event within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  return { connected, event };
}

describe('live updates across instances', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let urlB: string;

  before(async () => {
    database = await createTestDatabase();
    a = await startTestApp({ database });
    b = await startTestApp({ database });
    urlB = await b.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    await a.close();
    await b.close();
    await database.drop();
  });

  it('tells a console on instance B of a hand-off made through instance A', async () => {
    const owner = await buildUser(a.ctx);
    const next = await buildUser(a.ctx);
    const watcher = await buildUser(a.ctx, { role: 'supervisor' });
    const opened = await buildCase(a.ctx, { ownerId: owner.id });
    const watcherSession = await signIn(b.app, watcher.email, TEST_PASSWORD);
    const cookie = `amends_session=${watcherSession.cookies.amends_session}`;

    const stream = waitForEvent(
      `${urlB}/api/v1/live`,
      cookie,
      (e) => e.type === 'case.changed' && JSON.parse(e.data).caseId === opened.id,
      5000,
    );
    await stream.connected;
    const ownerSession = await signIn(a.app, owner.email, TEST_PASSWORD);
    const response = await ownerSession.request('POST', `/api/v1/cases/${opened.id}/handoff`, {
      toUserId: next.id,
      reason: 'Next shift takes over',
    });
    assert.equal(response.statusCode, 200);
    // That it arrives; how fast is measured by `npm run bench -- live`, not asserted here.
    await stream.event;
  });

  it('refuses the live stream without a session', async () => {
    const response = await b.app.inject({ method: 'GET', url: '/api/v1/live' });
    assert.equal(response.statusCode, 401);
  });

  it('announces nothing for a change that was refused', async () => {
    const owner = await buildUser(a.ctx);
    const seen: string[] = [];
    let onSeen = () => {};
    const unsubscribe = b.live.subscribe((message) => {
      if (message.type === 'case.changed') seen.push(message.caseId);
      onSeen();
    });
    const arrival = (caseId: string) =>
      new Promise<void>((resolve) => {
        onSeen = () => seen.includes(caseId) && resolve();
        onSeen();
      });
    const opened = await buildCase(a.ctx, { ownerId: owner.id });
    await arrival(opened.id);
    const session = await signIn(a.app, owner.email, TEST_PASSWORD);
    const refused = await session.request('POST', `/api/v1/cases/${opened.id}/status`, { status: 'closed' });
    assert.equal(refused.statusCode, 409);
    // NOTIFY is delivered in commit order: once a later change arrives, the refused one would have too.
    const marker = await buildCase(a.ctx, { ownerId: owner.id });
    await arrival(marker.id);
    unsubscribe();
    assert.equal(seen.filter((id) => id === opened.id).length, 1, 'only the opening was announced');
  });
});
