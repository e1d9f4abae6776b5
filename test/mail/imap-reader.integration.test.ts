/**
 * The IMAP reader against a real IMAP server (hoodiecrow-imap in this process, over TCP) and the
 * real database: mail is stored raw before the mailbox hears of it, one instance reads a mailbox at
 * a time, nothing is taken twice across restarts, instances, lost claims and a renumbered mailbox.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { type AppContext, createAppContext } from '../../src/app/context.ts';
import { type ImapReaderEvent, startImapReader } from '../../src/mail/in/imap-reader.ts';
import { type ImapServer, startImapServer } from '../support/imap-server.ts';
import { runJobs } from '../support/jobs.ts';
import { rawMail } from '../support/mail-in.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

let database: TestDatabase;
let ctx: AppContext;

before(async () => {
  database = await createTestDatabase();
  ctx = await createAppContext({ database, sessionDays: 14, publicUrl: 'http://amends.test' });
  ctx.replyMailbox = 'support@shop.test';
});
after(() => database.drop());

/** Every event of a reader, and a way to wait for the one a test needs. */
function recorder() {
  const events: ImapReaderEvent[] = [];
  const waiters: { test: (e: ImapReaderEvent) => boolean; resolve: (e: ImapReaderEvent) => void }[] = [];
  return {
    events,
    onEvent(event: ImapReaderEvent) {
      events.push(event);
      for (const waiter of [...waiters])
        if (waiter.test(event)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(event);
        }
    },
    /** The next event (from now on) that passes `test`. */
    next(test: (e: ImapReaderEvent) => boolean): Promise<ImapReaderEvent> {
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    count: (kind: ImapReaderEvent['kind']) => events.filter((e) => e.kind === kind).length,
  };
}

type Recorder = ReturnType<typeof recorder>;

function startReader(
  server: ImapServer,
  events: Recorder,
  overrides: Partial<Parameters<typeof startImapReader>[1]> = {},
) {
  return startImapReader(ctx, {
    mailbox: server.mailbox(),
    // Long: a test that passes sees IDLE at work, not the poll, unless it sets a short one.
    pollMs: 600_000,
    claimRetryMs: 50,
    firstBackoffMs: 20,
    maxBackoffMs: 200,
    onEvent: events.onEvent,
    ...overrides,
  });
}

/** The stored mails of a mailbox, by UID. */
async function storedOf(name: string) {
  return database.db
    .selectFrom('inbound_emails')
    .select(['id', 'raw', 'source', 'imap_uidvalidity', 'imap_uid'])
    .where('imap_mailbox', '=', name)
    .orderBy('imap_uidvalidity')
    .orderBy('imap_uid')
    .execute();
}

const isSeen = (server: ImapServer, uid: number, folder?: string) =>
  server
    .messages(folder)
    .find((m) => m.uid === uid)
    ?.flags.includes('\\Seen') ?? false;

const read = (e: ImapReaderEvent) => e.kind === 'read';

describe('the IMAP reader', () => {
  it('stores unread mail raw, byte for byte, and only then marks it read; mail already read stays alone', async () => {
    const unread = rawMail({ subject: 'Broken vase', body: 'Ünïcode and a long line '.repeat(20) });
    const server = await startImapServer({
      messages: [{ raw: rawMail({ subject: 'Read by a person' }), flags: ['\\Seen'] }, { raw: unread }],
    });
    const events = recorder();
    const firstRead = events.next(read);
    const reader = startReader(server, events);
    try {
      await firstRead;
      const stored = await storedOf(server.mailbox().name);
      assert.deepEqual(
        stored.map((m) => [m.source, m.imap_uidvalidity, m.imap_uid]),
        [['imap', 1, 2]],
      );
      assert.equal(stored[0]?.raw.toString('utf8'), unread);
      assert.equal(isSeen(server, 2), true);
      // Stored before the mailbox heard: the 'taken' event comes after the store and the flag.
      assert.deepEqual(
        events.events.filter((e) => e.kind === 'taken'),
        [{ kind: 'taken', uid: 2, id: stored[0]?.id }],
      );
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('takes a mail that arrives while it idles, told by IDLE (the poll is ten minutes away)', async () => {
    const server = await startImapServer();
    const events = recorder();
    const idle = events.next(read);
    const reader = startReader(server, events);
    try {
      await idle;
      const taken = events.next((e) => e.kind === 'taken');
      const uid = server.deliver(rawMail({ subject: 'While you waited' }));
      assert.deepEqual(await taken, {
        kind: 'taken',
        uid,
        id: (await storedOf(server.mailbox().name))[0]?.id,
      });
      assert.equal(isSeen(server, uid), true);
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('polls a server without IDLE', async () => {
    const server = await startImapServer({ idle: false });
    const events = recorder();
    const firstRead = events.next(read);
    const reader = startReader(server, events, { pollMs: 100 });
    try {
      await firstRead;
      const taken = events.next((e) => e.kind === 'taken');
      const uid = server.deliver(rawMail({ subject: 'No IDLE here' }));
      assert.equal((await taken).kind, 'taken');
      assert.equal(isSeen(server, uid), true);
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('resumes after the last stored UID: mail that came while it was stopped is taken, read or not, and none twice', async () => {
    const server = await startImapServer({ messages: [{ raw: rawMail({ subject: 'one' }) }] });
    const name = server.mailbox().name;
    let events = recorder();
    let reading = events.next(read);
    let reader = startReader(server, events);
    await reading;
    await reader.stop();
    const second = server.deliver(rawMail({ subject: 'two' }));
    // A person opened this one in their mail client before Amends came back.
    const third = server.deliver(rawMail({ subject: 'three' }), { flags: ['\\Seen'] });
    events = recorder();
    reading = events.next(read);
    reader = startReader(server, events);
    try {
      await reading;
      assert.deepEqual(
        (await storedOf(name)).map((m) => m.imap_uid),
        [1, second, third],
      );
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('with two instances, one reads the mailbox; when it stops, the other takes over; every mail is stored once', async () => {
    const server = await startImapServer();
    const name = server.mailbox().name;
    const first = recorder();
    const second = recorder();
    const readerA = startReader(server, first);
    await first.next(read);
    const waiting = second.next((e) => e.kind === 'claimed-elsewhere');
    const readerB = startReader(server, second);
    let stoppedA = false;
    try {
      await waiting;
      const fiveTaken = Promise.all(
        [1, 2, 3, 4, 5].map((n) => first.next((e) => e.kind === 'taken' && e.uid === n)),
      );
      for (let n = 1; n <= 5; n++) server.deliver(rawMail({ subject: `mail ${n}` }));
      await fiveTaken;
      assert.equal(second.count('claimed'), 0);

      const takeover = second.next(read);
      await readerA.stop();
      stoppedA = true;
      await takeover;
      const taken = second.next((e) => e.kind === 'taken');
      const sixth = server.deliver(rawMail({ subject: 'mail 6' }));
      assert.equal(((await taken) as { uid: number }).uid, sixth);
      assert.deepEqual(
        (await storedOf(name)).map((m) => m.imap_uid),
        [1, 2, 3, 4, 5, 6],
      );
    } finally {
      if (!stoppedA) await readerA.stop();
      await readerB.stop();
      await server.close();
    }
  });

  it('stops reading when its claim’s database connection dies, and the other instance takes over', async () => {
    const server = await startImapServer();
    const name = server.mailbox().name;
    const first = recorder();
    const second = recorder();
    // A waits long before trying again, so B, asking every 50 ms, is the one that takes over.
    const readerA = startReader(server, first, { firstBackoffMs: 600_000 });
    await first.next(read);
    const readerB = startReader(server, second);
    try {
      await second.next((e) => e.kind === 'claimed-elsewhere');
      const lost = first.next((e) => e.kind === 'failed');
      const takeover = second.next(read);
      await sql`SELECT pg_terminate_backend(pid) FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
                  AND objid::bigint = (hashtext(${`imap-mailbox:${name}`})::bigint & 4294967295)`.execute(
        database.db,
      );
      const failure = (await lost) as { error: Error };
      assert.match(String(failure.error), /claim|connection|terminat/i);
      await takeover;
      const taken = second.next((e) => e.kind === 'taken');
      server.deliver(rawMail({ subject: 'after the takeover' }));
      await taken;
      assert.equal((await storedOf(name)).length, 1);
    } finally {
      await readerA.stop();
      await readerB.stop();
      await server.close();
    }
  });

  it('reconnects with a doubling wait after the connection drops, and keeps taking mail', async () => {
    const server = await startImapServer();
    const events = recorder();
    const reader = startReader(server, events);
    try {
      await events.next(read);
      const failed = events.next((e) => e.kind === 'failed');
      const back = events.next((e) => e.kind === 'claimed');
      server.dropConnections();
      assert.equal(((await failed) as { retryInMs: number }).retryInMs, 20);
      await back;
      const taken = events.next((e) => e.kind === 'taken');
      server.deliver(rawMail({ subject: 'after the cut' }));
      await taken;
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('after the server renumbers the mailbox (a new UIDVALIDITY), takes only new unread mail; one taken but left unread is marked, not taken again', async () => {
    const taken = rawMail({ subject: 'taken' });
    const takenButUnread = rawMail({ subject: 'taken, crash before \\Seen' });
    const first = await startImapServer({ messages: [{ raw: taken }, { raw: takenButUnread }] });
    const name = first.mailbox().name;
    let events = recorder();
    let reading = events.next(read);
    let reader = startReader(first, events);
    await reading;
    await reader.stop();
    await first.close();
    // Processing fills the Message-ID the reader compares after a renumbering.
    await runJobs({ ctx, database });

    const fresh = rawMail({ subject: 'new after the renumbering' });
    const renumbered = await startImapServer({
      uidValidity: 7,
      messages: [{ raw: taken, flags: ['\\Seen'] }, { raw: takenButUnread }, { raw: fresh }],
    });
    events = recorder();
    reading = events.next(read);
    reader = startReader(renumbered, events, { mailbox: renumbered.mailbox({ name }) });
    try {
      await reading;
      const stored = await storedOf(name);
      assert.deepEqual(
        stored.map((m) => [m.imap_uidvalidity, m.imap_uid]),
        [
          [1, 1],
          [1, 2],
          [7, 3],
        ],
      );
      assert.equal(stored[2]?.raw.toString('utf8'), fresh);
      assert.equal(isSeen(renumbered, 2), true);
    } finally {
      await reader.stop();
      await renumbered.close();
    }
  });

  it('leaves a mail unread when storing it fails, and takes it on the next try', async () => {
    // The database refuses this one mail (as a full disk or a lost connection would) until the trigger goes.
    await sql`CREATE FUNCTION refuse_imap_test_mail() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN
                IF position('refuse me' in convert_from(NEW.raw, 'UTF8')) > 0 THEN
                  RAISE EXCEPTION 'refused by the test';
                END IF;
                RETURN NEW;
              END $$`.execute(database.db);
    await sql`CREATE TRIGGER refuse_imap_test_mail BEFORE INSERT ON inbound_emails
              FOR EACH ROW EXECUTE FUNCTION refuse_imap_test_mail()`.execute(database.db);
    const server = await startImapServer({ messages: [{ raw: rawMail({ subject: 'refuse me' }) }] });
    const events = recorder();
    const failed = events.next((e) => e.kind === 'failed');
    const reader = startReader(server, events, { firstBackoffMs: 50, maxBackoffMs: 50 });
    try {
      assert.match(String(((await failed) as { error: Error }).error), /refused by the test/);
      assert.equal(isSeen(server, 1), false);
      assert.equal((await storedOf(server.mailbox().name)).length, 0);

      const taken = events.next((e) => e.kind === 'taken');
      await sql`DROP TRIGGER refuse_imap_test_mail ON inbound_emails`.execute(database.db);
      await taken;
      assert.equal(isSeen(server, 1), true);
      assert.equal((await storedOf(server.mailbox().name)).length, 1);
    } finally {
      await sql`DROP TRIGGER IF EXISTS refuse_imap_test_mail ON inbound_emails`.execute(database.db);
      await sql`DROP FUNCTION refuse_imap_test_mail()`.execute(database.db);
      await reader.stop();
      await server.close();
    }
  });

  it('moves a taken mail to IMAP_MOVE_TO instead of marking it', async () => {
    const server = await startImapServer({
      messages: [{ raw: rawMail({ subject: 'to move' }) }],
      folders: ['Amends'],
    });
    const events = recorder();
    const reading = events.next(read);
    const reader = startReader(server, events, {
      mailbox: server.mailbox({ name: 'moving@test/INBOX', moveTo: 'Amends' }),
    });
    try {
      await reading;
      assert.equal(server.messages().length, 0);
      assert.deepEqual(
        server.messages('Amends').map((m) => m.raw.includes('Subject: to move')),
        [true],
      );
      assert.equal((await storedOf('moving@test/INBOX')).length, 1);
    } finally {
      await reader.stop();
      await server.close();
    }
  });

  it('leaves a mail over the size limit in the mailbox, unread, and says so once', async () => {
    const server = await startImapServer({
      messages: [
        { raw: rawMail({ subject: 'huge', body: 'x'.repeat(5_000) }) },
        { raw: rawMail({ subject: 'small' }) },
      ],
    });
    const events = recorder();
    const name = 'limited@test/INBOX';
    const reading = events.next(read);
    const reader = startReader(server, events, { mailbox: server.mailbox({ name }), maxBytes: 2_000 });
    try {
      await reading;
      assert.deepEqual(
        events.events.filter((e) => e.kind === 'too-large').map((e) => (e as { uid: number }).uid),
        [1],
      );
      assert.equal(isSeen(server, 1), false);
      assert.deepEqual(
        (await storedOf(name)).map((m) => m.imap_uid),
        [2],
      );
    } finally {
      await reader.stop();
      await server.close();
    }
  });
});
