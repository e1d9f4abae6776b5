import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addCaseNote } from '../../src/app/cases/add-case-note.ts';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { getCase } from '../../src/app/cases/get-case.ts';
import { handOffCase } from '../../src/app/cases/hand-off-case.ts';
import { listCaseEvents } from '../../src/app/cases/list-case-events.ts';
import { writeCaseMessage } from '../../src/app/conversation/send-case-message.ts';
import { updateBrand } from '../../src/app/settings/brand.ts';
import { signStatusToken } from '../../src/core/case/case-links.ts';
import { MAX_MESSAGE_LENGTH } from '../../src/core/conversation/customer-message.ts';
import type { Actor, User } from '../../src/core/team/user.ts';
import { postForm } from '../support/customer-pages.ts';
import { buildCase, buildUser, RESOLUTION } from '../support/factories.ts';
import { countRowsOfEveryTable } from '../support/row-counts.ts';
import { statusPathOf, writeToCustomer } from '../support/status-page.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the case status page', () => {
  let t: TestApp;
  let maya: User;
  let mayaActs: Actor;
  before(async () => {
    t = await startTestApp();
    maya = await buildUser(t.ctx, { name: 'Maya Lind' });
    mayaActs = { userId: maya.id, role: maya.role, via: 'session' };
  });
  after(() => t.close());

  const open = (url: string) => t.app.inject({ method: 'GET', url });
  const reply = (path: string, message: string, headers: Record<string, string> = {}) =>
    postForm(t, `${path}/reply`, { message }, { headers });
  const messagesIn = async (caseId: string) =>
    (await listCaseEvents(t.ctx, caseId, { limit: 100 })).filter((event) => event.kind === 'message_in');

  it('shows what the case is about, where it stands in plain words, and who looks after it', async () => {
    const opened = await buildCase(t.ctx, {
      ownerId: maya.id,
      title: 'Vase arrived broken',
      story: 'The box was crushed and the vase inside was in pieces.',
    });
    const page = await open(await statusPathOf(t.ctx, opened.id));
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'no-store');
    assert.match(page.body, /<h1>Vase arrived broken<\/h1>/);
    assert.match(page.body, /The box was crushed and the vase inside was in pieces\./);
    assert.match(page.body, /Case \d+/);
    assert.match(page.body, /data-testid="case-status">Received</);
    assert.match(page.body, /Maya is looking after this/);
    assert.doesNotMatch(page.body, /Lind/, 'the owner by first name only');
    assert.doesNotMatch(page.body, />open</, 'not the status’s code name');
    assert.match(page.body, /<label for="reply">Write to us<\/label>/);
    assert.match(page.body, /<form class="reply" id="reply-form" method="post" action="\/s\/[^"]+\/reply">/);
    assert.match(page.body, /<script src="\/assets\/status-page.js" defer><\/script>/);
    // The place the next issue fills ("next update by …", open promises), with its empty state now.
    assert.match(page.body, /data-testid="next-update"/);
    assert.match(page.body, /Maya will write to you here and by email as soon as there is news\./);
    assert.doesNotMatch(page.body, /<!--/, 'no notes for developers in the customer’s page');

    await changeCaseStatus(t.ctx, mayaActs, opened.id, { status: 'acknowledged' });
    assert.match((await open(await statusPathOf(t.ctx, opened.id))).body, /case-status">We’re on it</);
    await changeCaseStatus(t.ctx, mayaActs, opened.id, { status: 'resolved', resolution: RESOLUTION });
    const resolved = (await open(await statusPathOf(t.ctx, opened.id))).body;
    assert.match(resolved, /case-status">Resolved</);
    assert.match(resolved, /Not quite right\? Write to us below/);
  });

  it('shows the messages both ways, newest first, and never a note or any other internal event', async () => {
    const sam = await buildUser(t.ctx, { name: 'Sam Berg', role: 'supervisor' });
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    await writeToCustomer(t.ctx, opened.id, maya.id, 'So sorry! A new vase ships today.');
    await addCaseNote(t.ctx, mayaActs, opened.id, { body: 'NOTE: customer sounds furious, offer 20%' });
    assert.equal((await reply(path, 'Thank you, Maya.')).statusCode, 303);
    await changeCaseStatus(t.ctx, mayaActs, opened.id, {
      status: 'acknowledged',
      note: 'STATUS NOTE: courier at fault',
    });
    await handOffCase(t.ctx, mayaActs, opened.id, { toUserId: sam.id, reason: 'HANDOFF REASON: on leave' });
    await writeToCustomer(t.ctx, opened.id, sam.id, 'Sam here: tracking number 4471.');

    const page = (await open(path)).body;
    for (const internal of [
      'NOTE:',
      'offer 20%',
      'STATUS NOTE',
      'courier at fault',
      'HANDOFF REASON',
      'on leave',
    ])
      assert.ok(!page.includes(internal), `the page shows “${internal}”`);
    const shown = [
      ...page.matchAll(
        /data-from="(\w+)"><p class="who">([^<]+) · <time[^>]*>[^<]+<\/time><\/p><p class="text">([^<]*)</g,
      ),
    ].map(([, from, who, text]) => `${from} ${who}: ${text}`);
    assert.deepEqual(shown, [
      'us Sam: Sam here: tracking number 4471.',
      'customer You: Thank you, Maya.',
      'us Maya: So sorry! A new vase ships today.',
    ]);
    assert.match(page, /Sam is looking after this/, 'the owner after the hand-off');
    assert.ok(page.indexOf('How it started') > page.indexOf('So sorry!'), 'the story comes last');
  });

  it('says a message Amends sent by itself (the holding message) is from the business, by its name, not “Us”', async () => {
    const admin = await buildUser(t.ctx, { name: 'Ada Admin', role: 'admin' });
    await updateBrand(
      t.ctx,
      { userId: admin.id, role: 'admin', via: 'session' },
      { businessName: 'Nordic <Vases> & Co', logoUrl: undefined, accentColor: '#1f5f8b' },
    );
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    await changeCaseStatus(t.ctx, mayaActs, opened.id, { status: 'acknowledged' });
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        writeCaseMessage(
          t.ctx,
          trx,
          { by: 'amends', values: { 'case.nextUpdateBy': 'Tuesday 8 December at 10:00' } },
          opened.id,
          { template: 'holding' },
          new Date(),
        ),
      );
    await writeToCustomer(t.ctx, opened.id, maya.id, 'Maya here: the new vase ships today.');

    const page = (await open(await statusPathOf(t.ctx, opened.id))).body;
    const who = [...page.matchAll(/data-from="us"><p class="who">([^<]+) · /g)].map(([, name]) => name);
    assert.deepEqual(who, ['Maya', 'Nordic &lt;Vases&gt; &amp; Co']);
    assert.doesNotMatch(page, /class="who">Us · /);
  });

  it('takes a reply without scripts: a form post, then 303 back to the page with a “sent” notice', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const sent = await reply(path, '  The replacement has not come yet.\n\nCan you check?  ');
    assert.equal(sent.statusCode, 303, sent.body);
    assert.equal(sent.headers.location, `${path}?sent=1`);
    const page = (await open(String(sent.headers.location))).body;
    assert.match(page, /role="status" data-testid="sent-notice">Sent\. Maya has your message\./);
    assert.match(page, /<p class="text">The replacement has not come yet\.\n\nCan you check\?<\/p>/);
    const [message] = await messagesIn(opened.id);
    assert.equal(message?.body, 'The replacement has not come yet.\n\nCan you check?');
    assert.deepEqual(message?.data, { channel: 'status_page' });
    assert.ok((await getCase(t.ctx, opened.id)).case.unansweredSince, 'the wait for an answer started');
  });

  it('reopens a resolved case when the customer writes, counted', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    await changeCaseStatus(t.ctx, mayaActs, opened.id, { status: 'resolved', resolution: RESOLUTION });
    const path = await statusPathOf(t.ctx, opened.id);
    assert.equal((await reply(path, 'It broke again.')).statusCode, 303);
    const { case: reopened } = await getCase(t.ctx, opened.id);
    assert.equal(reopened.status, 'open');
    assert.equal(reopened.reopenCount, 1);
    assert.match((await open(path)).body, /case-status">Received</);
  });

  it('refuses an empty reply beside the box and writes nothing', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const before = await countRowsOfEveryTable(t.ctx.db);
    for (const message of ['', '   \n  ']) {
      const refused = await reply(path, message);
      assert.equal(refused.statusCode, 400);
      assert.match(
        refused.body,
        /<label for="reply">Write to us<\/label>\n<p class="error" id="reply-error" role="alert">Write your message first, then press Send\.<\/p>\n<textarea id="reply" name="message" maxlength="20000" aria-invalid="true" aria-describedby="reply-error">/,
      );
    }
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
  });

  it('hands back a reply over the longest message, with the reason beside the box, and writes nothing', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const before = await countRowsOfEveryTable(t.ctx.db);
    const long = `Start ${'é'.repeat(MAX_MESSAGE_LENGTH)} end`;
    const refused = await reply(path, long);
    assert.equal(refused.statusCode, 400);
    assert.match(
      refused.body,
      /role="alert">That is longer than we can take in one message \(20,000 characters; yours has 20,010\)/,
    );
    assert.ok(
      refused.body.includes(`aria-describedby="reply-error">\n${long}</textarea>`),
      'the text is handed back',
    );
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
  });

  it('refuses a 1 MB reply before reading it, with a page that says so, and writes nothing', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const before = await countRowsOfEveryTable(t.ctx.db);
    const refused = await reply(path, 'x'.repeat(1024 * 1024));
    assert.equal(refused.statusCode, 413);
    assert.match(refused.headers['content-type'] as string, /^text\/html/);
    assert.match(refused.body, /<h1>Your message was not sent<\/h1>/);
    assert.match(refused.body, /far longer than we can take/);
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
  });

  it('keeps a reply with a NUL or a lone surrogate, each shown as U+FFFD, as with a rating comment', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    assert.equal((await reply(path, 'Box\u0000 soaked \ud800 through')).statusCode, 303);
    assert.deepEqual(
      (await messagesIn(opened.id)).map((event) => event.body),
      ['Box\ufffd soaked \ufffd through'],
    );
  });

  it('shows HTML and scripts in a reply as the text they are', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const attack = '<script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    assert.equal((await reply(path, attack)).statusCode, 303);
    const page = (await open(path)).body;
    assert.ok(!page.includes('<script>alert'), 'no script tag from the reply');
    assert.ok(!page.includes('<img src=x'), 'no image tag from the reply');
    assert.ok(
      page.includes(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &amp; &quot;quotes&quot;',
      ),
    );
    assert.deepEqual(
      (await messagesIn(opened.id)).map((event) => event.body),
      [attack],
    );
  });

  it('refuses a reply posted from a page on another site, and takes one from its own page', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id });
    const path = await statusPathOf(t.ctx, opened.id);
    const before = await countRowsOfEveryTable(t.ctx.db);
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'null', 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const refused = await reply(path, 'Pay me', headers);
      assert.equal(refused.statusCode, 403, JSON.stringify(headers));
      assert.match(refused.body, /another website/);
    }
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
    // Chromium's form post from the page itself: Origin null (no-referrer page), same-origin fetch.
    for (const headers of [
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
      { origin: 'http://amends.test', 'sec-fetch-site': 'same-origin' },
    ])
      assert.equal((await reply(path, 'From my page', headers)).statusCode, 303, JSON.stringify(headers));
  });

  it('answers a tampered token, another case’s key with a forged signature and garbage with one polite page that leaks nothing', async () => {
    const opened = await buildCase(t.ctx, { ownerId: maya.id, title: 'Secret title of the case' });
    const path = await statusPathOf(t.ctx, opened.id);
    const [key = '', signature = ''] = path.slice('/s/'.length).split('.');
    const other = await buildCase(t.ctx, { ownerId: maya.id });
    const otherKey = (await getCase(t.ctx, other.id)).case.statusKey;
    const bad = [
      `/s/${key}.${signature.slice(0, -1)}${signature.endsWith('A') ? 'B' : 'A'}`,
      `/s/${otherKey}.${signature}`,
      `/s/${signStatusToken('another secret', otherKey)}`,
      `/s/${signStatusToken(t.ctx.linkSecret, '0123456789abcdef0123456789abcdef')}`,
      `/s/${key}`,
      '/s/not-a-link',
      `${path}%00`,
      `${path}%E0%A4%A`,
    ];
    const bodies = new Set<string>();
    for (const url of bad) {
      const page = await open(url);
      assert.equal(page.statusCode, 404, url);
      assert.match(page.body, /<h1>This link no longer works<\/h1>/, url);
      assert.ok(!page.body.includes('Secret title') && !page.body.includes('Maya'), url);
      bodies.add(page.body);
    }
    assert.equal(bodies.size, 1, 'every bad link gets the very same page');
    const before = await countRowsOfEveryTable(t.ctx.db);
    for (const url of bad)
      assert.equal((await postForm(t, `${url}/reply`, { message: 'Hi' })).statusCode, 404, url);
    assert.deepEqual(await countRowsOfEveryTable(t.ctx.db), before);
  });
});
