import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCaseNote } from '../../src/app/cases/add-case-note.ts';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { issueStatusLink } from '../../src/app/status-page/issue-status-link.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { REQUESTS_PER_LINK_PER_MINUTE } from '../../src/pages/page-budget.ts';
import { MAX_STREAMS_PER_ADDRESS, MAX_STREAMS_PER_LINK } from '../../src/pages/status/status-stream.ts';
import { postForm } from '../support/customer-pages.ts';
import { type EventStream, openEventStream } from '../support/event-stream.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { statusPathOf, writeToCustomer } from '../support/status-page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Update = { version: string; state: string; messages: string };

/** A status page's live stream, as the page's script opens it, keeping what it hears. */
function listen(url: string) {
  const updates: Update[] = [];
  const kinds: string[] = [];
  const waiters: (() => void)[] = [];
  const stream = openEventStream(url, {}, (event) => {
    kinds.push(event.type);
    if (event.type === 'update') updates.push(JSON.parse(event.data) as Update);
    for (const wake of waiters.splice(0)) wake();
  });
  /** Resolves once `done` holds for what was heard; fails after 10 s. */
  const until = async (done: () => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`the stream did not ${what}; heard ${kinds.join(', ')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 250).unref();
      });
    }
  };
  return { stream, updates, kinds, until };
}

describe('the status page, live', () => {
  let t: TestApp;
  let base: string;
  let maya: User;
  let mayaActs: Actor;
  before(async () => {
    t = await startTestApp();
    base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
    maya = await buildUser(t.ctx, { name: 'Maya Lind', role: 'supervisor' });
    mayaActs = { userId: maya.id, role: maya.role, via: 'session' };
  });
  after(() => t.close());

  /** The page as the customer's browser first gets it, and the stream address its script opens. */
  async function openPage(caseId: string) {
    const path = await statusPathOf(t.ctx, caseId);
    const page = await t.app.inject({ method: 'GET', url: path });
    const events = /data-events="([^"]+)"/.exec(page.body)?.[1];
    assert.ok(events, 'the page names its live stream');
    return { path, body: page.body, events: `${base}${events}` };
  }

  it('sends a message to the customer as it is written, and nothing for a note or another case', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const other = await buildCase(t.ctx, { ownerId: maya.id });
    const page = await openPage(opened.id);
    const shown = /data-version="([^"]+)"/.exec(page.body)?.[1];
    const heard = listen(page.events);
    try {
      await heard.stream.connected;
      await addCaseNote(t.ctx, mayaActs, opened.id, { body: 'NOTE: refund approved internally' });
      await writeToCustomer(t.ctx, other.id, maya.id, 'For someone else entirely.');
      await writeToCustomer(t.ctx, opened.id, maya.id, 'A new vase ships today.');
      await changeCaseStatus(t.ctx, mayaActs, opened.id, { status: 'acknowledged' });
      await heard.until(
        () => heard.updates.some((u) => u.state.includes('We’re on it')),
        'tell of the status',
      );

      assert.ok(heard.updates[0]?.messages.includes('A new vase ships today.'), 'the message came first');
      const versions = [shown, ...heard.updates.map((update) => update.version)];
      assert.equal(new Set(versions).size, versions.length, 'no update repeats what the page already shows');
      for (const update of heard.updates) {
        assert.ok(!update.messages.includes('NOTE') && !update.state.includes('NOTE'), 'no note');
        assert.ok(!update.messages.includes('someone else'), 'no other case');
      }
      // What the stream sent is what a refresh shows.
      const refreshed = await t.app.inject({ method: 'GET', url: page.path });
      assert.ok(refreshed.body.includes(heard.updates.at(-1)!.messages));
      assert.ok(refreshed.body.includes(heard.updates.at(-1)!.state));
    } finally {
      heard.stream.close();
    }
  });

  it('sends at once what changed between the page and its stream', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const page = await openPage(opened.id);
    await writeToCustomer(t.ctx, opened.id, maya.id, 'Written while the page was loading.');
    const heard = listen(page.events);
    try {
      await heard.until(() => heard.updates.length > 0, 'send the change');
      assert.ok(heard.updates[0]?.messages.includes('Written while the page was loading.'));
    } finally {
      heard.stream.close();
    }
  });

  it('tells an open page its link was replaced, and ends the stream', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const page = await openPage(opened.id);
    const heard = listen(page.events);
    try {
      await heard.stream.connected;
      await issueStatusLink(t.ctx, mayaActs, opened.id);
      await heard.until(() => heard.kinds.includes('gone'), 'say the link is gone');
      assert.deepEqual(heard.updates, []);
    } finally {
      heard.stream.close();
    }
    const old = await fetch(page.events);
    assert.equal(old.status, 404);
    assert.match(await old.text(), /This link no longer works/);
  });

  it(`keeps at most ${MAX_STREAMS_PER_LINK} streams open on one link, and frees a place when one closes`, async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const { events } = await openPage(opened.id);
    const streams: EventStream[] = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_LINK; i++) {
        streams.push(openEventStream(events, {}, () => {}));
        await streams.at(-1)!.connected;
      }
      const refused = openEventStream(events, {}, () => {});
      await assert.rejects(refused.connected, /answered 429/);
      streams.shift()!.close();
      // The server hears the close a moment later: wait for the place to be free.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const next = openEventStream(events, {}, () => {});
        const outcome = await next.connected.then(
          () => 'open',
          (error: Error) => error.message,
        );
        if (outcome === 'open') {
          streams.push(next);
          break;
        }
        assert.match(outcome, /answered 429/);
        assert.ok(Date.now() < deadline, 'the closed stream’s place was never freed');
      }
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it(`keeps at most ${MAX_STREAMS_PER_ADDRESS} streams open from one address, across links`, async () => {
    const streams: EventStream[] = [];
    try {
      const links = MAX_STREAMS_PER_ADDRESS / MAX_STREAMS_PER_LINK;
      for (let i = 0; i < links; i++) {
        const { events } = await openPage((await buildCase(t.ctx, { ownerId: maya.id })).id);
        for (let j = 0; j < MAX_STREAMS_PER_LINK; j++) {
          streams.push(openEventStream(events, {}, () => {}));
          await streams.at(-1)!.connected;
        }
      }
      const { events } = await openPage((await buildCase(t.ctx, { ownerId: maya.id })).id);
      await assert.rejects(openEventStream(events, {}, () => {}).connected, /answered 429/);
    } finally {
      for (const stream of streams) stream.close();
    }
  });

  it('answers a bad link’s stream with the polite 404 page', async () => {
    const response = await fetch(`${base}/s/not-a-link/events`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /This link no longer works/);
  });
});

describe('the status page and the customer pages’ budget', () => {
  it('counts the page, a reply and the live stream with every other customer page, per address', async () => {
    const t = await startTestApp({ clicksPerMinute: 3 });
    try {
      const maya = await buildUser(t.ctx, { name: 'Maya Lind' });
      const path = await statusPathOf(t.ctx, (await buildCase(t.ctx, { ownerId: maya.id })).id);
      const from = { remoteAddress: '203.0.113.9' };
      assert.equal((await t.app.inject({ method: 'GET', url: path, ...from })).statusCode, 200);
      assert.equal((await postForm(t, `${path}/reply`, { message: 'Hello?' }, from)).statusCode, 303);
      const stream = await t.app.inject({ method: 'GET', url: '/s/not-a-link/events', ...from });
      assert.equal(stream.statusCode, 404);
      const limited = await t.app.inject({ method: 'GET', url: path, ...from });
      assert.equal(limited.statusCode, 429);
      assert.match(limited.body, /Please wait a moment/);
    } finally {
      await t.close();
    }
  });

  it(`takes at most ${REQUESTS_PER_LINK_PER_MINUTE} requests a minute on one status link, from any address`, async () => {
    const t = await startTestApp({ clicksPerMinute: 1000 });
    try {
      const maya = await buildUser(t.ctx, { name: 'Maya Lind' });
      const path = await statusPathOf(t.ctx, (await buildCase(t.ctx, { ownerId: maya.id })).id);
      const statuses: number[] = [];
      for (let i = 0; i <= REQUESTS_PER_LINK_PER_MINUTE; i++)
        statuses.push(
          (await t.app.inject({ method: 'GET', url: path, remoteAddress: `198.51.100.${i + 1}` })).statusCode,
        );
      assert.deepEqual(statuses, [...Array(REQUESTS_PER_LINK_PER_MINUTE).fill(200), 429]);
    } finally {
      await t.close();
    }
  });
});
