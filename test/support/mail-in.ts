import { createTransport } from 'nodemailer';
import type { AppContext } from '../../src/app/context.ts';
import { acceptInboundEmail, type InboundArrival } from '../../src/app/inbound/accept-inbound-email.ts';
import { type SmtpListener, startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import { openSmtpDialog } from './smtp-dialog.ts';

/** The reply mailbox tests give the context: its domain is the one the listener takes mail for. */
export const TEST_REPLY_MAILBOX = 'support@shop.test';

export type MailIn = SmtpListener & {
  /** Sends a raw message over SMTP (nodemailer); resolves with the stored email's id from the 250. */
  send(raw: string | Buffer, envelope?: { from?: string; to?: string[] }): Promise<string>;
};

/**
 * The real SMTP listener on 127.0.0.1 (a free port), storing through acceptInboundEmail with `ctx`
 * (or another `accept`), and a sender for it.
 */
export async function startMailIn(
  ctx: AppContext,
  options: {
    accept?: (arrival: InboundArrival) => Promise<{ id: string | undefined }>;
    maxBytes?: number;
  } = {},
): Promise<MailIn> {
  ctx.replyMailbox = TEST_REPLY_MAILBOX;
  const listener = await startSmtpListener({
    host: '127.0.0.1',
    port: 0,
    replyMailbox: TEST_REPLY_MAILBOX,
    maxBytes: options.maxBytes,
    accept: options.accept ?? ((arrival) => acceptInboundEmail(ctx, arrival)),
  });
  return {
    ...listener,
    async send(raw, envelope = {}) {
      const info = await sendRaw(listener.port, raw, envelope);
      const id = /queued as ([0-9a-f-]{36})/.exec(info.response)?.[1];
      if (!id) throw new Error(`no id in the answer: ${info.response}`);
      return id;
    },
  };
}

/** One SMTP conversation: MAIL FROM, RCPT TO, DATA with the raw bytes as given. */
export async function sendRaw(
  port: number,
  raw: string | Buffer,
  envelope: { from?: string; to?: string[]; size?: number } = {},
): Promise<{ response: string }> {
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({
      envelope: { from: envelope.from ?? 'ann@customer.test', to: envelope.to ?? [TEST_REPLY_MAILBOX] },
      raw,
    });
  } finally {
    transport.close();
  }
}

/** A plain message as a mail client writes it; headers given override the defaults. */
export function rawMail(options: {
  from?: string;
  to?: string;
  subject?: string;
  body?: string;
  headers?: Record<string, string>;
}): string {
  const headers: Record<string, string> = {
    From: options.from ?? 'Ann Lee <ann@customer.test>',
    To: options.to ?? TEST_REPLY_MAILBOX,
    Subject: options.subject ?? 'My order arrived broken',
    Date: 'Mon, 07 Dec 2026 10:00:00 +0000',
    'Message-ID': `<${Math.random().toString(16).slice(2)}@customer.test>`,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    ...options.headers,
  };
  const head = Object.entries(headers)
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  return `${head}\r\n\r\n${(options.body ?? 'The vase was in pieces.').replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** Sends a message with the null reverse path `MAIL FROM:<>`, as bounces come. */
export async function sendWithNullSender(port: number, raw: string): Promise<string> {
  const dialog = await openSmtpDialog(port);
  try {
    await dialog.command('EHLO mx.bounce.test');
    const steps = [
      await dialog.command('MAIL FROM:<>'),
      await dialog.command(`RCPT TO:<${TEST_REPLY_MAILBOX}>`),
    ];
    const data = await dialog.command('DATA');
    if (steps.some((step) => step.code !== 250) || data.code !== 354)
      throw new Error(`refused: ${[...steps, data].map((r) => r.text).join(' ')}`);
    dialog.write(raw.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..').replace(/\r\n$/, ''));
    const verdict = await dialog.endData();
    const id = /queued as ([0-9a-f-]{36})/.exec(verdict.text)?.[1];
    if (!id) throw new Error(`not accepted: ${verdict.text}`);
    return id;
  } finally {
    dialog.close();
  }
}
