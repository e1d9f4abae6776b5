import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { InboundArrival } from '../../app/inbound/accept-inbound-email.ts';
import {
  MAX_INBOUND_EMAIL_BYTES,
  MAX_INBOUND_RECIPIENTS,
  MAX_SMTP_BUFFERED_BYTES,
  MAX_SMTP_CONNECTIONS,
  MAX_SMTP_CONNECTIONS_PER_ADDRESS,
} from '../../core/mail/inbound-email.ts';

export type SmtpListenerOptions = {
  host: string;
  /** 0 picks a free port (tests). */
  port: number;
  /**
   * The reply mailbox (MAIL_REPLY_TO): recipients are taken only at its address and its plus tags
   * (`support+…@example.com`); any other domain is relaying (550 5.7.1), another mailbox of the
   * domain does not exist (550 5.1.1).
   */
  replyMailbox: string;
  /** The largest message taken; default MAX_INBOUND_EMAIL_BYTES (25 MiB). */
  maxBytes?: number | undefined;
  /** Connections at once, from everyone and from one address; default MAX_SMTP_CONNECTIONS(_PER_ADDRESS). */
  maxConnections?: number | undefined;
  maxConnectionsPerAddress?: number | undefined;
  /** Bytes of arriving messages held at once; default MAX_SMTP_BUFFERED_BYTES. */
  maxBufferedBytes?: number | undefined;
  /** STARTTLS is offered only with a certificate of our own (smtp-server's built-in one has expired). */
  tls?: { key: Buffer; cert: Buffer } | undefined;
  /**
   * Stores the message durably (app/inbound/accept-inbound-email.ts); 250 is answered only once this
   * resolves. When it rejects, the sender hears 451 and tries again later: nothing is dropped.
   */
  accept(arrival: InboundArrival): Promise<{ id: string | undefined }>;
  /** Told of each message that could not be stored (logged by the runtime). */
  onAcceptFailed?: ((error: unknown) => void) | undefined;
};

export type SmtpListener = { port: number; close(): Promise<void> };

/** An SMTP reply with its code, as smtp-server sends an error's `responseCode`. */
const reply = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The built-in MX for customers' replies (smtp-server, from the nodemailer project): no AUTH (it is
 * a mail exchanger, not a relay), SIZE announced and enforced (552 before DATA when declared, and
 * during DATA), recipients only at the reply mailbox, and each message's 250 sent only after it is
 * committed to the database. What one sender can take is bounded (core/mail/inbound-email.ts):
 * connections (421), recipients (452) and the bytes held at once across messages (452, try later).
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const maxBytes = options.maxBytes ?? MAX_INBOUND_EMAIL_BYTES;
  const [mailboxLocal = '', mailboxDomain = ''] = splitAddress(options.replyMailbox.toLowerCase());
  const perAddress = new ConnectionCounts(
    options.maxConnectionsPerAddress ?? MAX_SMTP_CONNECTIONS_PER_ADDRESS,
  );
  let buffered = 0;
  const maxBuffered = options.maxBufferedBytes ?? MAX_SMTP_BUFFERED_BYTES;
  const server = new SMTPServer({
    banner: 'Amends mail in',
    size: maxBytes,
    authOptional: true,
    disabledCommands: options.tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
    ...(options.tls && { key: options.tls.key, cert: options.tls.cert }),
    logger: false,
    // A slow or stuck sender must not hold a connection for ever.
    socketTimeout: 60_000,
    // Past it smtp-server answers 421 before the greeting.
    maxClients: options.maxConnections ?? MAX_SMTP_CONNECTIONS,
    // A PTR lookup per connection (up to 1.5 s each) serves nothing here: SPF reads the address and HELO.
    disableReverseLookup: true,
    onConnect(session, callback) {
      if (!perAddress.claim(session.id, session.remoteAddress))
        return callback(reply(421, '4.7.0 Too many connections from your address: try again later'));
      callback();
    },
    onClose(session) {
      perAddress.release(session.id);
    },
    onRcptTo(address, session, callback) {
      if (session.envelope.rcptTo.length >= MAX_INBOUND_RECIPIENTS)
        return callback(reply(452, '4.5.3 Too many recipients: send the rest in another message'));
      const [local = '', domain = ''] = splitAddress(address.address.toLowerCase());
      if (domain !== mailboxDomain)
        return callback(reply(550, '5.7.1 Relaying denied: we only take mail for our own mailbox'));
      if (local.split('+')[0] !== mailboxLocal) return callback(reply(550, '5.1.1 No such mailbox here'));
      callback();
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      // This message's bytes in the listener's budget, given back once it is stored, refused or gone.
      let held = 0;
      let overBudget = false;
      let ended = false;
      const release = () => {
        buffered -= held;
        held = 0;
      };
      stream.on('data', (chunk: Buffer) => {
        // Past the limit, the rest is read and dropped: smtp-server answers 552 at the end.
        if (stream.sizeExceeded || overBudget) return;
        if (buffered + chunk.length > maxBuffered) {
          overBudget = true;
          chunks.length = 0;
          release();
          return;
        }
        buffered += chunk.length;
        held += chunk.length;
        chunks.push(chunk);
      });
      // A sender gone in the middle of DATA: the stream closes without ending.
      stream.on('close', () => {
        if (!ended) release();
      });
      stream.on('end', () => {
        ended = true;
        if (stream.sizeExceeded) {
          release();
          return callback(reply(552, `5.3.4 Message too big: the limit is ${maxBytes} bytes`));
        }
        if (overBudget)
          return callback(
            reply(452, '4.3.1 Too much mail arriving at once: please try again in a few minutes'),
          );
        const mailFrom = session.envelope.mailFrom;
        options
          .accept({
            raw: Buffer.concat(chunks),
            source: 'smtp',
            envelopeFrom: mailFrom === false ? undefined : mailFrom.address,
            envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
            remoteAddress: session.remoteAddress,
            helo: session.hostNameAppearsAs,
          })
          .finally(release)
          .then(
            // "queued as <id>", as Postfix says it: the sender's log names the stored message.
            ({ id }) => callback(null, `OK: queued as ${id ?? 'a message taken before'}`),
            (error: unknown) => {
              options.onAcceptFailed?.(error);
              callback(reply(451, '4.3.0 Could not store the message just now: please try again later'));
            },
          );
      });
    },
  });
  server.on('error', (error) => options.onAcceptFailed?.(error));
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.server.address() as AddressInfo;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Open connections per client address, each known by its session id (released once, on close). */
class ConnectionCounts {
  readonly #max: number;
  readonly #byAddress = new Map<string, number>();
  readonly #addressOf = new Map<string, string>();
  constructor(max: number) {
    this.#max = max;
  }
  claim(sessionId: string, address: string): boolean {
    const open = this.#byAddress.get(address) ?? 0;
    if (open >= this.#max) return false;
    this.#byAddress.set(address, open + 1);
    this.#addressOf.set(sessionId, address);
    return true;
  }
  release(sessionId: string): void {
    const address = this.#addressOf.get(sessionId);
    if (address === undefined) return;
    this.#addressOf.delete(sessionId);
    const left = (this.#byAddress.get(address) ?? 1) - 1;
    if (left <= 0) this.#byAddress.delete(address);
    else this.#byAddress.set(address, left);
  }
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@');
  return at === -1 ? [address, ''] : [address.slice(0, at), address.slice(at + 1)];
}
