/**
 * A worker alone in its own process, as `npm start` runs it, sending to an SMTP server: the test of
 * exactly-once mail kills it with SIGKILL mid-blast and starts another. It is the only process on
 * its database (as with the embedded one), so at start it releases the dead one's job locks and
 * resolves its `sending` mail at once.
 *
 *   node test/support/outbox-worker-process.ts <database url> <smtp url>
 */
import { createAppContext } from '../../src/app/context.ts';
import { releaseDeadWorkersJobs, startWorker } from '../../src/jobs/worker.ts';
import { createMailer } from '../../src/mail/out/mailer.ts';
import { createDb } from '../../src/store/db.ts';

const [databaseUrl, smtpUrl] = process.argv.slice(2);
if (!databaseUrl || !smtpUrl) throw new Error('usage: outbox-worker-process.ts <database url> <smtp url>');

const database = createDb(databaseUrl);
const ctx = await createAppContext({ database, sessionDays: 14, publicUrl: 'http://amends.test' });
await releaseDeadWorkersJobs(databaseUrl, database.db);
const mailer = createMailer({ smtpUrl, from: { name: 'Example Shop', address: 'surveys@shop.example' } });
const worker = await startWorker(ctx, { mailer, onlyProcess: true, concurrency: 4 });
console.log('worker ready');

process.on('SIGTERM', () => {
  void (async () => {
    await worker.stop();
    await mailer.close();
    await database.db.destroy();
    process.exit(0);
  })();
});
