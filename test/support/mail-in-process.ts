/**
 * Mail in alone in its own process, wired as `npm start` wires it (src/runtime/start.ts): the worker
 * (the only process on its database) and the SMTP listener storing through an InboundAcceptor that
 * hands each batch to the worker's inbound thread (jobs/inbound-threads.ts). DNS never leaves the
 * machine (an offline resolver with no records, in the thread and for the jobs). The test of crash
 * safety kills it with SIGKILL between the 250 and the processing, and starts another.
 *
 *   node test/support/mail-in-process.ts <database url> <reply mailbox>
 *
 * Prints `mail in ready <port>` once it takes mail.
 */
import { createAppContext } from '../../src/app/context.ts';
import { InboundAcceptor } from '../../src/app/inbound/inbound-acceptor.ts';
import { releaseDeadWorkersJobs, startWorker } from '../../src/jobs/worker.ts';
import { startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import { createDb } from '../../src/store/db.ts';
import noDns, { NO_DNS_MODULE } from './no-dns.ts';

const [databaseUrl, replyMailbox] = process.argv.slice(2);
if (!databaseUrl || !replyMailbox)
  throw new Error('usage: mail-in-process.ts <database url> <reply mailbox>');

const database = createDb(databaseUrl);
const ctx = await createAppContext({
  database,
  sessionDays: 14,
  publicUrl: 'http://amends.test',
  replyMailbox,
});
await releaseDeadWorkersJobs(databaseUrl, database.db);
const worker = await startWorker(ctx, {
  dnsResolver: noDns,
  dnsResolverModule: NO_DNS_MODULE,
  onlyProcess: true,
  concurrency: 4,
});
await worker.inbound.start();
const acceptor = new InboundAcceptor(ctx, { handOff: worker.inbound.enqueue });
const listener = await startSmtpListener({
  host: '127.0.0.1',
  port: 0,
  replyMailbox,
  accept: acceptor.accept,
});
console.log(`mail in ready ${listener.port}`);

process.on('SIGTERM', () => {
  void (async () => {
    await listener.close();
    await worker.stop();
    await database.db.destroy();
    process.exit(0);
  })();
});
