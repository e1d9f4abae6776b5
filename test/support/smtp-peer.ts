import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP peer received it: the envelope, the raw header block, and the parsed mail. */
export type ReceivedMail = {
  envelopeTo: string[];
  /** The header block as sent, folded lines joined, one header per entry (`Name: value`). */
  headerLines: string[];
  parsed: ParsedMail;
  /** The message as it came (for DKIM verification). */
  raw: Buffer;
};

export type SmtpPeer = {
  url: string;
  received: ReceivedMail[];
  /** Answer RCPT TO for this address with 550 (no such mailbox), as a receiving server would. */
  refuse(address: string): void;
  /**
   * Answer the DATA of the next `times` mails to this address with `code` (451: try later, 554:
   * refused for good); the mail is not kept.
   */
  refuseData(address: string, code: number, times?: number): void;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 (smtp-server, from the nodemailer project) that keeps what it
 * receives: what our mailer sends goes over a real SMTP conversation, and what arrives is parsed by
 * mailparser, as a mail client would. No TLS (STARTTLS disabled), no login needed.
 */
export async function startSmtpPeer(
  options: {
    /**
     * Called as each mail is taken, before its 250 is sent: a test may act at that moment (a sender
     * killed now is one whose mail arrived while it never heard so).
     */
    onAccepted?: (mail: ReceivedMail) => void;
  } = {},
): Promise<SmtpPeer> {
  const received: ReceivedMail[] = [];
  const refused = new Set<string>();
  const dataRefusals = new Map<string, { code: number; left: number }>();
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refused.has(address.address.toLowerCase()))
        return callback(Object.assign(new Error('5.1.1 No such mailbox here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo[0]?.address.toLowerCase() ?? '';
        const refusal = dataRefusals.get(to);
        if (refusal && refusal.left > 0) {
          refusal.left -= 1;
          return callback(
            Object.assign(new Error(refusal.code >= 500 ? '5.7.1 Refused' : '4.3.0 Try again later'), {
              responseCode: refusal.code,
            }),
          );
        }
        const raw = Buffer.concat(chunks);
        const head = raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
        simpleParser(raw).then(
          (parsed) => {
            const mail = {
              envelopeTo: session.envelope.rcptTo.map((r) => r.address),
              headerLines: head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/),
              parsed,
              raw,
            };
            received.push(mail);
            options.onAccepted?.(mail);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  // A sender killed mid-conversation resets its connection: that is its business, not a test failure.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuse: (address) => refused.add(address.toLowerCase()),
    refuseData: (address, code, times = 1) => dataRefusals.set(address.toLowerCase(), { code, left: times }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
