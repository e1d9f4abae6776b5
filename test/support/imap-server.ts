import { createRequire } from 'node:module';
import type { AddressInfo, Server, Socket } from 'node:net';
import type { ImapReaderOptions } from '../../src/mail/in/imap-reader.ts';

type StoredMessage = { uid: number; flags: string[]; raw: string };
type Folder = { uidvalidity: number; messages: StoredMessage[] };
type Hoodiecrow = {
  server: Server;
  folderCache: Record<string, Folder>;
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  appendMessage(folder: string, flags: string[], date: Date, raw: string): { message: StoredMessage };
};

const require = createRequire(import.meta.url);
const hoodiecrow = require('hoodiecrow-imap') as (options: object) => Hoodiecrow;

/** hoodiecrow keeps a message as a string of bytes (one char per byte): UTF-8 goes in as such. */
const binary = (raw: string) => Buffer.from(raw, 'utf8').toString('latin1');

export const IMAP_LOGIN = { user: 'support@shop.test', password: 'correct horse battery' };

export type ImapServer = {
  port: number;
  /** The reader's mailbox options for this server's INBOX. */
  mailbox(overrides?: Partial<ImapReaderOptions['mailbox']>): ImapReaderOptions['mailbox'];
  /** Delivers a message to a folder, telling a client that idles there. */
  deliver(raw: string, options?: { flags?: string[]; folder?: string }): number;
  messages(folder?: string): StoredMessage[];
  /** Drops every client connection (a network cut); the server keeps listening. */
  dropConnections(): void;
  close(): Promise<void>;
};

/**
 * A real IMAP server in this process (hoodiecrow-imap, a scriptable test server from the nodemailer
 * author, pure JavaScript) on 127.0.0.1: imapflow talks IMAP to it over TCP. `idle: false` leaves
 * IDLE out of its capabilities; `folders` start with the given messages and UIDVALIDITY.
 */
export async function startImapServer(
  options: {
    idle?: boolean;
    port?: number;
    uidValidity?: number;
    messages?: { raw: string; flags?: string[] }[];
    folders?: string[];
  } = {},
): Promise<ImapServer> {
  const plugins = ['ID', 'ENABLE', 'UIDPLUS', 'MOVE', 'UNSELECT', 'NAMESPACE', 'LITERALPLUS'];
  const server = hoodiecrow({
    plugins: options.idle === false ? plugins : [...plugins, 'IDLE'],
    users: { [IMAP_LOGIN.user]: { password: IMAP_LOGIN.password } },
    storage: {
      INBOX: {
        uidvalidity: options.uidValidity ?? 1,
        messages: (options.messages ?? []).map((m) => ({ raw: binary(m.raw), flags: m.flags ?? [] })),
      },
      '': {
        separator: '/',
        folders: Object.fromEntries((options.folders ?? []).map((name) => [name, { messages: [] }])),
      },
    },
  });
  const sockets = new Set<Socket>();
  server.server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const folder = (name = 'INBOX') => {
    const found = server.folderCache[name];
    if (!found) throw new Error(`no folder ${name} on the test IMAP server`);
    return found;
  };
  return {
    port,
    mailbox: (overrides = {}) => ({
      host: '127.0.0.1',
      port,
      secure: false,
      user: IMAP_LOGIN.user,
      password: IMAP_LOGIN.password,
      folder: 'INBOX',
      // Each server its own mailbox in the database: a new server numbers its mail from 1 again.
      name: `${IMAP_LOGIN.user}@127.0.0.1:${port}/INBOX`,
      ...overrides,
    }),
    deliver: (raw, { flags = [], folder: name = 'INBOX' } = {}) =>
      server.appendMessage(name, flags, new Date(), binary(raw)).message.uid,
    messages: (name) => folder(name).messages,
    dropConnections() {
      for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
