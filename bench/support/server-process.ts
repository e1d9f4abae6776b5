/**
 * Child-process entry for the benchmark's server (`--server=child`): starts the click server on the
 * connection string it is sent, answers with its URL, and closes when told to (or when the parent
 * goes away, so a crashed benchmark leaves no server behind).
 */
import { type ClickServer, startClickServer } from './click-server.ts';

export type ServerRequest = { type: 'start'; connectionString: string } | { type: 'close' };
export type ServerReply =
  | { type: 'started'; url: string }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

const send = (reply: ServerReply) => process.send?.(reply);
let server: ClickServer | undefined;

async function close(): Promise<void> {
  const closing = server;
  server = undefined;
  await closing?.close();
}

process.on('message', (request: ServerRequest) => {
  const work =
    request.type === 'start'
      ? startClickServer(request.connectionString).then((started) => {
          server = started;
          send({ type: 'started', url: started.url });
        })
      : close().then(() => send({ type: 'closed' }));
  work.catch((error: unknown) => send({ type: 'failed', message: String(error) }));
});
process.on('disconnect', () => {
  close().finally(() => process.exit(0));
});
