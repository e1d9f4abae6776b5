/**
 * The entry of the inbound thread (jobs/inbound-threads.ts): an InboundProcessor of its own, with its
 * own connections, reading and threading the mail the SMTP listener stored, so none of that work
 * runs on the thread that answers SMTP. Messages in: { type: 'mails', mails } (as stored), { type: 'drain' } (answered
 * { type: 'drained' } once everything handed over so far is processed or handed to its job) and
 * { type: 'stop' } (drained, connections closed, the thread ends).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAppContext } from '../app/context.ts';
import { InboundProcessor } from '../app/inbound/inbound-processor.ts';
import type { DnsResolver } from '../mail/in/authenticate-email.ts';
import { inboundReader } from '../mail/in/read-inbound-email.ts';
import { createDb } from '../store/db.ts';
import type { RawInboundEmail } from '../store/inbound-email.store.ts';

export type InboundThreadData = {
  connectionString: string;
  sessionDays: number;
  publicUrl: string;
  replyMailbox: string;
  /** A module whose default export is the DNS resolver (a function cannot cross into a thread). */
  resolverModule: string | undefined;
};
export type ToInboundThread =
  | { type: 'mails'; mails: RawInboundEmail[] }
  | { type: 'drain' }
  | { type: 'stop' };
export type FromInboundThread = { type: 'ready' } | { type: 'drained' };

const data = workerData as InboundThreadData;
const port = parentPort;
if (!port)
  throw new Error('jobs/inbound-thread.ts runs as a worker thread (jobs/inbound-threads.ts starts it)');

const resolver = data.resolverModule
  ? ((await import(data.resolverModule)) as { default: DnsResolver }).default
  : undefined;
const handle = createDb(data.connectionString, { max: 4 });
const ctx = await createAppContext({
  database: handle,
  sessionDays: data.sessionDays,
  publicUrl: data.publicUrl,
  replyMailbox: data.replyMailbox,
});
const processor = new InboundProcessor(ctx, inboundReader({ resolver }));

port.on('message', (message: ToInboundThread) => {
  // A Buffer crosses into a thread as a Uint8Array over a copy of its bytes: a Buffer again here.
  if (message.type === 'mails')
    processor.enqueue(
      message.mails.map((mail) => ({
        ...mail,
        raw: Buffer.from(mail.raw.buffer, mail.raw.byteOffset, mail.raw.byteLength),
      })),
    );
  else if (message.type === 'drain')
    void processor.drain().then(() => port.postMessage({ type: 'drained' } satisfies FromInboundThread));
  // Stopping: what was handed over is finished, the connections closed, and the thread ends.
  else
    void processor
      .drain()
      .then(() => handle.db.destroy())
      .finally(() => process.exit(0));
});
port.postMessage({ type: 'ready' } satisfies FromInboundThread);
