import { createTransport } from 'nodemailer';
import type { Delivery } from '../../core/mail/outbound-email.ts';
import { classifySmtpFailure } from '../../core/mail/suppression.ts';

/** An address as mail headers carry it; the name may be empty. */
export type Mailbox = { name: string; address: string };

/** One composed mail, ready for a transport. Header values are already free of line breaks. */
export type OutgoingMessage = {
  /** The mailer's address, under the business's name (settings/brand). */
  from: Mailbox;
  to: Mailbox;
  subject: string;
  text: string;
  html: string;
  /** Extra headers: List-Unsubscribe and List-Unsubscribe-Post for a survey. */
  headers: Record<string, string>;
  /** Stable per email (see messageIdFor), so a retried send carries the same Message-ID. */
  messageId: string;
  /** The Date header: when the mail was composed, so a re-send after a crash is the same mail. */
  date?: Date | undefined;
};

/** DKIM signing of every mail sent (nodemailer's `dkim`): the key's public half is published at `<selector>._domainkey.<domain>`. */
export type DkimConfig = { domainName: string; keySelector: string; privateKey: string };

/**
 * How outbound mail leaves: over SMTP when SMTP_URL is set, otherwise into the local outbox, where
 * emails stay `held` for people to read in the console (nothing leaves the machine).
 */
export type Mailer = {
  mode: 'smtp' | 'outbox';
  from: Mailbox;
  /**
   * Hands a mail over. At most POOL_SIZE hand-offs run at once; one that could not begin by
   * `startBy` (every connection busy behind a slow server) is not begun at all: `retry`, nothing sent.
   */
  send(message: OutgoingMessage, options?: { startBy?: Date | undefined }): Promise<Delivery>;
  close(): Promise<void>;
};

/** Connections kept open to the SMTP server: the send jobs running at once share them. */
const POOL_SIZE = 4;

export function createMailer(config: {
  smtpUrl?: string | undefined;
  from: Mailbox;
  dkim?: DkimConfig | undefined;
}): Mailer {
  return config.smtpUrl ? smtpMailer(config.smtpUrl, config.from, config.dkim) : outboxMailer(config.from);
}

/** The Message-ID of an outbound email: its id at the sender's domain, e.g. `<9f…@example.com>`. */
export function messageIdFor(emailId: string, from: Mailbox): string {
  const domain = from.address.split('@')[1] || 'localhost';
  return `<${emailId}@${domain}>`;
}

function outboxMailer(from: Mailbox): Mailer {
  return { mode: 'outbox', from, send: async () => ({ state: 'held' }), close: async () => {} };
}

function smtpMailer(url: string, from: Mailbox, dkim: DkimConfig | undefined): Mailer {
  const transport = createTransport({
    url,
    pool: true,
    maxConnections: POOL_SIZE,
    // Timeouts bound one attempt (about two minutes): core/mail/delivery-attempts.ts#STALE_CLAIM_MS
    // counts on it to tell a dead attempt from a slow one.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
    ...(dkim && { dkim }),
  });
  // Hand-offs wait here, not in nodemailer's pool queue, so a mail that waited too long is never begun.
  const free: (() => void)[] = [];
  let running = 0;
  const acquire = async () => {
    if (running < POOL_SIZE) running += 1;
    else await new Promise<void>((resolve) => free.push(resolve));
  };
  const release = () => {
    const next = free.shift();
    if (next) next();
    else running -= 1;
  };
  return {
    mode: 'smtp',
    from,
    async send(message, options = {}) {
      await acquire();
      try {
        if (options.startBy && Date.now() > options.startBy.getTime())
          return {
            state: 'retry',
            error: 'not handed over: every connection to the mail server stayed busy too long',
          };
        return await handOver(message);
      } finally {
        release();
      }
    },
    async close() {
      transport.close();
    },
  };

  async function handOver(message: OutgoingMessage): Promise<Delivery> {
    try {
      await transport.sendMail({
        from: message.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        messageId: message.messageId,
        ...(message.date && { date: message.date }),
      });
      return { state: 'sent' };
    } catch (error) {
      const failure = error as { responseCode?: number; command?: string; message?: string };
      return {
        state: classifySmtpFailure(failure),
        error: String(failure.message ?? error).slice(0, 1000),
      };
    }
  }
}
