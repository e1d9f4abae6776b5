import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { findReplyKeyCasesAndDuplicates } from '../../src/store/inbound-email.store.ts';
import { buildCase, buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The redelivery check runs for every mail of every batch, so it must read only the stored mails
 * that could be the same one — not every stored mail. Found by `npm run bench -- mail-in`: the check
 * let the planner read the whole status index (a young table's statistics call `status = 'threaded'`
 * rare), so each round of the bench was slower than the one before. What the lookup read is counted
 * from PostgreSQL's statistics of the transaction it ran in.
 */
describe('the inbound redelivery check reads only the mails that could be the same one', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => {
    await t.close();
  });

  it('finds redeliveries by Message-ID and by bytes among 2,000 stored mails, reading a handful of index entries per mail', async () => {
    const owner = await buildUser(t.ctx, { role: 'agent' });
    const opened = await buildCase(t.ctx, { ownerId: owner.id });
    // 2,000 mails already threaded onto the case: half with a Message-ID, half without (told by their bytes).
    await sql`
      INSERT INTO inbound_emails (received_at, source, raw, size, status, message_id, from_address, case_id)
      SELECT now(), 'smtp', convert_to('mail ' || n, 'UTF8'), 8, 'threaded',
             CASE WHEN n % 2 = 0 THEN '<stored-' || n || '@customer.test>' END, 'customer@customer.test', ${opened.id}
      FROM generate_series(1, 2000) AS n`.execute(t.ctx.db);
    // The mails of a batch being processed, stored as they came: 20 redeliveries without a Message-ID
    // (the same bytes as a stored one, listed first), and 20 new mails without one.
    const byBytes = await sql<{ id: string; redelivered: boolean }>`
      INSERT INTO inbound_emails (received_at, source, raw, size)
      SELECT now(), 'smtp', convert_to('mail ' || n, 'UTF8'), 8 FROM generate_series(1, 39, 2) AS n
      UNION ALL
      SELECT now(), 'smtp', convert_to('new mail ' || n, 'UTF8'), 12 FROM generate_series(1, 39, 2) AS n
      RETURNING id, convert_from(raw, 'UTF8') LIKE 'mail %' AS redelivered`.execute(t.ctx.db);
    const withId = Array.from({ length: 60 }, (_, i) => ({
      id: randomUUID(),
      // The first 30 were stored before (redeliveries), the rest are new.
      messageId: i < 30 ? `<stored-${(i + 1) * 2}@customer.test>` : `<new-${i}@customer.test>`,
      fromAddress: 'customer@customer.test',
    }));
    const rows = [...byBytes.rows].sort((a, b) => Number(b.redelivered) - Number(a.redelivered));
    const withoutId = rows.map((row) => ({
      id: row.id,
      messageId: undefined,
      fromAddress: 'customer@customer.test',
    }));
    const mails = [...withId, ...withoutId];

    const { duplicates, indexEntriesRead, rowsScanned } = await t.ctx.db
      .transaction()
      .execute(async (trx) => {
        const found = await findReplyKeyCasesAndDuplicates(trx, { replyKeys: [], mails });
        // This transaction's own counts, before they are flushed to the shared statistics.
        const { rows } = await sql<{ index_entries: number; scanned: number }>`
        SELECT
          (SELECT coalesce(sum(pg_stat_get_xact_tuples_returned(indexrelid)), 0)::int FROM pg_index
           WHERE indrelid = 'inbound_emails'::regclass) AS index_entries,
          pg_stat_get_xact_tuples_returned('inbound_emails'::regclass)::int AS scanned`.execute(trx);
        return {
          duplicates: found.duplicates,
          indexEntriesRead: rows[0]?.index_entries ?? -1,
          rowsScanned: rows[0]?.scanned ?? -1,
        };
      });

    assert.equal(duplicates.size, 50, 'the 30 redeliveries by Message-ID and the 20 by bytes');
    for (const mail of withId.slice(0, 30)) assert.equal(duplicates.get(mail.id)?.caseId, opened.id);
    for (const mail of withId.slice(30)) assert.equal(duplicates.has(mail.id), false);
    for (const mail of withoutId.slice(0, 20)) assert.equal(duplicates.get(mail.id)?.caseId, opened.id);
    for (const mail of withoutId.slice(20)) assert.equal(duplicates.has(mail.id), false);
    // 100 mails: each reads its Message-ID's or its digest's few entries (and a mail without one its
    // own row by id). Reading every stored mail was 2,000 entries a mail.
    assert.equal(rowsScanned, 0, 'no sequential scan of the stored mails');
    assert.ok(indexEntriesRead < 500, `read ${indexEntriesRead} index entries for 100 mails`);
  });
});
