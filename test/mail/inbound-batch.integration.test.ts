import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { getCase } from '../../src/app/cases/get-case.ts';
import { InboundAcceptor } from '../../src/app/inbound/inbound-acceptor.ts';
import { InboundProcessor } from '../../src/app/inbound/inbound-processor.ts';
import { processInboundEmails } from '../../src/app/inbound/process-inbound-email.ts';
import {
  queueWaitingInboundEmails,
  WAITING_INBOUND_MS,
} from '../../src/app/inbound/queue-waiting-inbound-emails.ts';
import type { Case } from '../../src/core/case/case.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import type { User } from '../../src/core/team/user.ts';
import { startWorker } from '../../src/jobs/worker.ts';
import { inboundReader } from '../../src/mail/in/read-inbound-email.ts';
import { startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import type { RawInboundEmail } from '../../src/store/inbound-email.store.ts';
import { PROCESS_INBOUND_EMAIL } from '../../src/store/job.store.ts';
import { buildCase, buildCustomer, buildUser, RESOLUTION } from '../support/factories.ts';
import { queuedJobCount, runJobs } from '../support/jobs.ts';
import { rawMail, sendRaw, TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import noDns, { NO_DNS_MODULE } from '../support/no-dns.ts';
import { offlineDns } from '../support/offline-dns.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const read = inboundReader({ resolver: offlineDns({}) });

describe('mail in by the batch: group commit on accept, threading many mails in one transaction', () => {
  let t: TestApp;
  let owner: User;
  before(async () => {
    t = await startTestApp();
    t.ctx.replyMailbox = TEST_REPLY_MAILBOX;
    owner = await buildUser(t.ctx, { role: 'agent' });
  });
  after(async () => {
    await t.close();
  });

  /**
   * The SMTP listener storing through an InboundAcceptor. With `handOff: true` hand-offs are collected,
   * not processed; a function is handed them instead (a processor's enqueue).
   */
  const listen = async (options: { handOff: boolean | ((mails: RawInboundEmail[]) => void) }) => {
    const handedOff: string[][] = [];
    const collect = (mails: RawInboundEmail[]) => handedOff.push(mails.map((mail) => mail.id));
    const acceptor = new InboundAcceptor(t.ctx, {
      handOff:
        typeof options.handOff === 'function' ? options.handOff : options.handOff ? collect : undefined,
    });
    const listener = await startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      replyMailbox: TEST_REPLY_MAILBOX,
      accept: acceptor.accept,
    });
    const send = async (raw: string, envelope: { from?: string; to?: string[] } = {}) => {
      const { response } = await sendRaw(listener.port, raw, envelope);
      const id = /queued as ([0-9a-f-]{36})/.exec(response)?.[1];
      if (!id) throw new Error(`no id in the answer: ${response}`);
      return id;
    };
    /** Resolves once `count` messages wait behind the batch in flight (a condition, not a sleep). */
    const queued = async (count: number) => {
      while (acceptor.queued < count) await new Promise((resolve) => setImmediate(resolve));
    };
    return { listener, send, handedOff, queued };
  };
  const openCase = async (): Promise<{ address: string; opened: Case }> => {
    const customer = await buildCustomer(t.ctx);
    return {
      address: customer.emails[0] ?? '',
      opened: await buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id }),
    };
  };
  const replyTo = (opened: Case) => replyAddressFor(t.ctx.linkSecret, TEST_REPLY_MAILBOX, opened.replyKey);
  /** Opens three cases and sends each one reply over SMTP, its body `words` and the case number. */
  const replyToThreeCases = async (
    send: (raw: string, envelope: { from?: string; to?: string[] }) => Promise<string>,
    words: string,
  ) => {
    const cases = await Promise.all([openCase(), openCase(), openCase()]);
    await Promise.all(
      cases.map(({ address, opened }) =>
        send(rawMail({ from: address, to: replyTo(opened), body: `${words} ${opened.number}.` }), {
          from: address,
          to: [replyTo(opened)],
        }),
      ),
    );
    return cases;
  };
  const emailsOf = (ids: readonly string[]) =>
    t.ctx.db
      .selectFrom('inbound_emails')
      .select(['id', 'status', 'problem', 'case_id', 'case_event_id', 'attempts'])
      .select(sql<string>`xmin::text`.as('xmin'))
      .where('id', 'in', [...ids])
      .execute()
      .then((rows) => new Map(rows.map((row) => [row.id, row])));
  const messagesOn = (caseId: string) =>
    t.ctx.db
      .selectFrom('case_events')
      .select(['id', 'kind', 'body', 'data'])
      .where('case_id', '=', caseId)
      .where('kind', 'in', ['message_in', 'status_changed'])
      .orderBy('id')
      .execute();
  /** Holds a lock that the acceptor's INSERT waits for, until `release`. */
  const holdInserts = async () => {
    const blocker = new pg.Client({ connectionString: t.database.connectionString });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE inbound_emails IN EXCLUSIVE MODE');
    return {
      /** Resolves once `count` INSERTs into inbound_emails wait for the lock (asked on another connection). */
      async waitingInserts(count: number) {
        for (;;) {
          const { rows } = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query ILIKE '%insert into "inbound_emails"%'`.execute(
            t.ctx.db,
          );
          if ((rows[0]?.n ?? 0) >= count) return;
          await new Promise((resolve) => setImmediate(resolve));
        }
      },
      async release() {
        await blocker.query('COMMIT');
        await blocker.end();
      },
    };
  };

  it('stores concurrent sessions’ mails in one statement and commit, and answers each 250 only after it', async () => {
    const { listener, send, handedOff, queued } = await listen({ handOff: true });
    const hold = await holdInserts();
    try {
      const answered: string[] = [];
      const first = send(rawMail({ subject: 'first' })).then((id) => {
        answered.push(id);
        return id;
      });
      await hold.waitingInserts(1);
      // While the first batch waits for its commit, five more sessions' mails queue behind it.
      const more = Array.from({ length: 5 }, (_, i) =>
        send(rawMail({ subject: `queued ${i}` })).then((id) => {
          answered.push(id);
          return id;
        }),
      );
      await queued(5);
      assert.deepEqual(answered, [], 'no 250 while nothing is committed');
      await hold.release();
      const firstId = await first;
      const ids = await Promise.all(more);
      const rows = await emailsOf([firstId, ...ids]);
      assert.equal(rows.size, 6, 'every answered mail is stored under the id its 250 named');
      const transactions = new Set(ids.map((id) => rows.get(id)?.xmin));
      assert.equal(transactions.size, 1, 'the five queued mails were stored by one commit');
      assert.notEqual(rows.get(firstId)?.xmin, [...transactions][0], 'the first by its own');
      assert.deepEqual(handedOff.flat().sort(), [firstId, ...ids].sort(), 'each handed to processing once');
      assert.equal(
        await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, [firstId, ...ids]),
        0,
        'no job per mail',
      );
      for (const row of rows.values()) assert.equal(row.status, 'received');
    } finally {
      await listener.close();
    }
  });

  it('queues each mail’s job in the same statement when no processor runs in the process', async () => {
    const { listener, send } = await listen({ handOff: false });
    try {
      const ids = await Promise.all([send(rawMail({})), send(rawMail({})), send(rawMail({}))]);
      assert.equal(await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, ids), 3);
    } finally {
      await listener.close();
    }
  });

  it('answers 451 to every mail of a batch that cannot be stored, and keeps none of them', async () => {
    const { listener, send, queued } = await listen({ handOff: true });
    const count = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('inbound_emails')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    await sql`
      CREATE FUNCTION refuse_poison_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF position(convert_to('X-Poison: yes', 'UTF8') in NEW.raw) > 0 THEN RAISE EXCEPTION 'the disk is full'; END IF;
          RETURN NEW;
        END $$;
      CREATE TRIGGER refuse_poison BEFORE INSERT ON inbound_emails
        FOR EACH ROW EXECUTE FUNCTION refuse_poison_for_test();
    `.execute(t.ctx.db);
    const before = await count();
    const hold = await holdInserts();
    try {
      // A first mail in flight, then a batch in which the database refuses one mail: the whole batch is refused.
      const first = send(rawMail({ subject: 'first' }));
      await hold.waitingInserts(1);
      const batch = Promise.allSettled([
        send(rawMail({ subject: 'beside the poison' })),
        send(rawMail({ subject: 'poison', headers: { 'X-Poison': 'yes' } })),
      ]);
      await queued(2);
      await hold.release();
      await first;
      for (const answer of await batch) {
        assert.equal(answer.status, 'rejected');
        assert.equal((answer.reason as { responseCode?: number }).responseCode, 451);
      }
      assert.equal(await count(), before + 1, 'only the first mail, committed before, is kept');
    } finally {
      await sql`DROP TRIGGER refuse_poison ON inbound_emails; DROP FUNCTION refuse_poison_for_test();`.execute(
        t.ctx.db,
      );
      await listener.close();
    }
  });

  it('threads a batch as each mail alone would be, in order: same sender in rounds, a case opened once, a reopen once', async () => {
    const { listener, send } = await listen({ handOff: true });
    try {
      const ann = await openCase();
      const closed = await openCase();
      const actor = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
      await changeCaseStatus(t.ctx, actor, closed.opened.id, { status: 'resolved', resolution: RESOLUTION });
      const casesBefore = await t.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const annReply = rawMail({
        from: ann.address,
        to: replyTo(ann.opened),
        body: 'Any news?',
        headers: { 'Message-ID': '<ann-1@customer.test>' },
      });
      const ids = {
        ann: await send(annReply, { from: ann.address, to: [replyTo(ann.opened)] }),
        annAgain: await send(annReply, { from: ann.address, to: [replyTo(ann.opened)] }),
        noraFirst: await send(
          rawMail({ from: 'Nora <nora@batch.test>', subject: 'Broken boiler', body: 'It stopped.' }),
        ),
        noraSecond: await send(rawMail({ from: 'nora@batch.test', subject: 'Still cold', body: 'Still.' })),
        closedCustomer: await send(
          rawMail({ from: closed.address, to: replyTo(closed.opened), body: 'It broke again.' }),
        ),
        closedStranger: await send(
          rawMail({ from: 'spouse@other.test', to: replyTo(closed.opened), body: 'Mine too.' }),
        ),
        autoReply: await send(rawMail({ from: ann.address, headers: { 'Auto-Submitted': 'auto-replied' } })),
        unreadable: await send('not an email at all\r\n'),
      };
      const outcomes = await processInboundEmails(t.ctx, Object.values(ids), read);
      const rows = await emailsOf(Object.values(ids));
      const status = (id: string) => rows.get(id)?.status;

      assert.equal(status(ids.ann), 'threaded');
      assert.equal(rows.get(ids.ann)?.case_id, ann.opened.id);
      assert.equal(status(ids.annAgain), 'ignored', 'the redelivery in the same batch');
      assert.match(rows.get(ids.annAgain)?.problem ?? '', /redelivery/);
      assert.deepEqual(
        (await messagesOn(ann.opened.id)).map((e) => e.body),
        ['Any news?'],
        'one message, not two',
      );

      const noraCase = rows.get(ids.noraFirst)?.case_id ?? '';
      assert.ok(noraCase, 'the first mail of a new sender opened a case');
      assert.equal(rows.get(ids.noraSecond)?.case_id, noraCase, 'the second went to it: one case, not two');
      assert.deepEqual(
        (await messagesOn(noraCase)).map((e) => [e.body, e.data.threadedBy]),
        [
          ['It stopped.', 'new_case'],
          ['Still.', 'sender'],
        ],
      );
      const casesAfter = await t.ctx.db
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(casesAfter.n), Number(casesBefore.n) + 1);

      const reopened = (await getCase(t.ctx, closed.opened.id)).case;
      assert.equal(reopened.status, 'open');
      assert.equal(reopened.reopenCount, 1, 'reopened once for two messages');
      assert.ok(reopened.unansweredSince);
      assert.deepEqual(
        (await messagesOn(closed.opened.id)).map((e) => [e.kind, e.body, e.data.sender ?? null]),
        [
          ['status_changed', null, null], // resolved, by the owner
          ['status_changed', 'Reopened: the customer wrote again.', null],
          ['message_in', 'It broke again.', 'customer'],
          ['message_in', 'Mine too.', 'stranger'],
        ],
      );

      assert.equal(status(ids.autoReply), 'ignored');
      assert.equal(status(ids.unreadable), 'flagged');
      for (const row of rows.values()) assert.equal(row.attempts, 1);
      assert.deepEqual(
        [...outcomes.entries()].map(([id, outcome]) => [id, outcome.status]).sort(),
        [...rows.values()].map((row) => [row.id, row.status]).sort(),
        'the outcomes say what was done',
      );
      assert.equal(
        (await processInboundEmails(t.ctx, Object.values(ids), read)).size,
        0,
        'a second run does nothing',
      );
    } finally {
      await listener.close();
    }
  });

  it('hands a batch that fails to the per-mail jobs, which thread each mail once', async () => {
    const { listener, send } = await listen({ handOff: true });
    const processor = new InboundProcessor(t.ctx, read);
    try {
      const { address, opened } = await openCase();
      const ids = [
        await send(rawMail({ from: address, to: replyTo(opened), body: 'One.' })),
        await send(rawMail({ from: address, to: replyTo(opened), body: 'Two.' })),
      ];
      await sql`
        CREATE FUNCTION refuse_event_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'the timeline is down'; END $$;
        CREATE TRIGGER refuse_event BEFORE INSERT ON case_events
          FOR EACH ROW EXECUTE FUNCTION refuse_event_for_test();
      `.execute(t.ctx.db);
      try {
        processor.enqueue(ids);
        await processor.drain();
      } finally {
        await sql`DROP TRIGGER refuse_event ON case_events; DROP FUNCTION refuse_event_for_test();`.execute(
          t.ctx.db,
        );
      }
      const rows = await emailsOf(ids);
      for (const id of ids)
        assert.equal(rows.get(id)?.status, 'received', 'nothing of the failed batch kept');
      assert.equal(await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, ids), 2, 'each mail has its job');
      await runJobs(t);
      assert.deepEqual((await messagesOn(opened.id)).map((e) => e.body).sort(), ['One.', 'Two.']);
    } finally {
      await listener.close();
    }
  });

  it('processes handed-over mail at once: the processor threads what the acceptor stored', async () => {
    const processor = new InboundProcessor(t.ctx, read);
    const { listener, send } = await listen({ handOff: processor.enqueue });
    try {
      const cases = await replyToThreeCases(send, 'For');
      await processor.drain();
      for (const { opened } of cases)
        assert.deepEqual(
          (await messagesOn(opened.id)).map((e) => e.body),
          [`For ${opened.number}.`],
        );
    } finally {
      await listener.close();
    }
  });

  it('processes what the listener stored in the worker’s own thread, bytes handed over with the ids', async () => {
    const worker = await startWorker(t.ctx, {
      dnsResolver: noDns,
      dnsResolverModule: NO_DNS_MODULE,
      concurrency: 1,
    });
    try {
      await worker.inbound.start();
      const { listener, send } = await listen({ handOff: worker.inbound.enqueue });
      try {
        const cases = await replyToThreeCases(send, 'In the thread for');
        await worker.inbound.drain();
        for (const { opened } of cases)
          assert.deepEqual(
            (await messagesOn(opened.id)).map((e) => e.body),
            [`In the thread for ${opened.number}.`],
          );
      } finally {
        await listener.close();
      }
    } finally {
      await worker.stop();
    }
  });

  it('queues the job of mail left `received` without one: all of it at a start, the cron only what waited long', async () => {
    const { listener, send } = await listen({ handOff: true });
    try {
      const old = await send(rawMail({}));
      const recent = await send(rawMail({}));
      await t.ctx.db
        .updateTable('inbound_emails')
        .set({ received_at: new Date(Date.now() - WAITING_INBOUND_MS - 60_000) })
        .where('id', '=', old)
        .execute();
      await queueWaitingInboundEmails(t.ctx, { all: false });
      assert.equal(await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, [old]), 1);
      assert.equal(
        await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, [recent]),
        0,
        'its processor has it',
      );
      await queueWaitingInboundEmails(t.ctx, { all: true });
      assert.equal(
        await queuedJobCount(t.ctx.db, PROCESS_INBOUND_EMAIL, [old, recent]),
        2,
        'one job each, no more',
      );
      await runJobs(t);
      const rows = await emailsOf([old, recent]);
      for (const row of rows.values()) assert.notEqual(row.status, 'received');
    } finally {
      await listener.close();
    }
  });
});
