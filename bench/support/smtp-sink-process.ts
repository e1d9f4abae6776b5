/**
 * Child-process entry for the mail benchmark's SMTP peer: a real SMTP server (smtp-server) on
 * loopback that reads every message to its end, counts it and drops it. In its own process so its
 * work never runs on the sender's event loop. It tells the parent when the count reaches a target.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type SinkRequest = { type: 'start' } | { type: 'reset'; target: number } | { type: 'close' };
export type SinkReply =
  | { type: 'started'; url: string }
  | {
      type: 'reached';
      count: number;
      messageIds: number;
      /** From the first message's end to the last's, in ms: the peer's own view of the rate. */
      spanMs: number;
    }
  | { type: 'closed' };

const send = (reply: SinkReply) => process.send?.(reply);
let count = 0;
let firstAt = 0;
let target = Number.POSITIVE_INFINITY;
const messageIds = new Set<string>();

const server = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  authOptional: true,
  logger: false,
  size: 1024 * 1024,
  onData(stream, _session, callback) {
    let head = '';
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 8192) head += chunk.toString('latin1');
    });
    stream.on('end', () => {
      const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1];
      if (id) messageIds.add(id);
      count += 1;
      if (count === 1) firstAt = performance.now();
      callback();
      if (count === target)
        send({ type: 'reached', count, messageIds: messageIds.size, spanMs: performance.now() - firstAt });
    });
  },
});
server.on('error', () => {});

process.on('message', (request: SinkRequest) => {
  if (request.type === 'start')
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.server.address() as AddressInfo;
      send({ type: 'started', url: `smtp://127.0.0.1:${port}` });
    });
  if (request.type === 'reset') {
    count = 0;
    messageIds.clear();
    target = request.target;
  }
  if (request.type === 'close') server.close(() => send({ type: 'closed' }));
});
process.on('disconnect', () => server.close(() => process.exit(0)));
