import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { acceptInboundEmail } from '../../src/app/inbound/accept-inbound-email.ts';
import {
  MAX_INBOUND_RECIPIENTS,
  MAX_SMTP_BUFFERED_BYTES,
  MAX_SMTP_CONNECTIONS,
  MAX_SMTP_CONNECTIONS_PER_ADDRESS,
} from '../../src/core/mail/inbound-email.ts';
import { type SmtpListener, startSmtpListener } from '../../src/mail/in/smtp-listener.ts';
import { rawMail, sendRaw, TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import { openSmtpDialog } from '../support/smtp-dialog.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * What one sender can take from the listener. Found by probing the running app: 3,000 idle
 * connections were all taken and held for a minute each (the process has 20,000 file descriptors,
 * shared with HTTP and the database pool), and one message took 10,000 recipients.
 */
describe('the SMTP listener’s limits', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    t.ctx.replyMailbox = TEST_REPLY_MAILBOX;
  });
  after(() => t.close());

  const listen = (
    limits: {
      maxConnections?: number;
      maxConnectionsPerAddress?: number;
      maxBufferedBytes?: number;
      accept?: Parameters<typeof startSmtpListener>[0]['accept'];
    } = {},
  ) =>
    startSmtpListener({
      host: '127.0.0.1',
      port: 0,
      replyMailbox: TEST_REPLY_MAILBOX,
      accept: (arrival) => acceptInboundEmail(t.ctx, arrival),
      ...limits,
    });

  /** A connection from `from` (any 127.x address is this machine) and the server's first reply. */
  const connect = async (listener: SmtpListener, from: string) => {
    const socket = net.connect({ port: listener.port, host: '127.0.0.1', localAddress: from });
    socket.setEncoding('utf8');
    let text = '';
    const first = new Promise<string>((resolve) => {
      socket.on('data', (chunk: string) => {
        text += chunk;
        if (text.endsWith('\r\n')) resolve(text);
      });
      socket.on('close', () => resolve(text || 'closed'));
    });
    socket.on('error', () => {});
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    return { socket, greeting: await first, closed };
  };

  it('keeps its defaults: 100 connections, 20 from one address, 100 recipients a message, 256 MB arriving at once', () => {
    assert.equal(MAX_SMTP_BUFFERED_BYTES, 256 * 1024 * 1024);
    assert.equal(MAX_SMTP_CONNECTIONS, 100);
    assert.equal(MAX_SMTP_CONNECTIONS_PER_ADDRESS, 20);
    assert.equal(MAX_INBOUND_RECIPIENTS, 100);
  });

  it('answers 421 to a connection past the limit from one address, and takes one again when a place frees', async () => {
    const listener = await listen({ maxConnections: 10, maxConnectionsPerAddress: 2 });
    const open: Awaited<ReturnType<typeof connect>>[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        open.push(await connect(listener, '127.0.0.1'));
        assert.match(open.at(-1)?.greeting ?? '', /^220 /);
      }
      const third = await connect(listener, '127.0.0.1');
      assert.match(third.greeting, /^421 /);
      await third.closed;
      const elsewhere = await connect(listener, '127.0.0.2');
      open.push(elsewhere);
      assert.match(elsewhere.greeting, /^220 /, 'another address still gets in');

      open[0]?.socket.destroy();
      await open[0]?.closed;
      // The server hears the close a moment after the client: its place is free once it has.
      let again = await connect(listener, '127.0.0.1');
      while (!again.greeting.startsWith('220')) {
        await again.closed;
        again = await connect(listener, '127.0.0.1');
      }
      open.push(again);
    } finally {
      for (const connection of open) connection.socket.destroy();
      await listener.close();
    }
  });

  it('answers 421 past the limit of connections from everyone together', async () => {
    const listener = await listen({ maxConnections: 3, maxConnectionsPerAddress: 2 });
    const open: Awaited<ReturnType<typeof connect>>[] = [];
    try {
      for (const from of ['127.0.0.1', '127.0.0.1', '127.0.0.2']) {
        open.push(await connect(listener, from));
        assert.match(open.at(-1)?.greeting ?? '', /^220 /);
      }
      const fourth = await connect(listener, '127.0.0.3');
      assert.match(fourth.greeting, /^421 /);
    } finally {
      for (const connection of open) connection.socket.destroy();
      await listener.close();
    }
  });

  it(`takes at most ${MAX_INBOUND_RECIPIENTS} recipients a message (452 for the rest, as RFC 5321 says), and the message with them`, async () => {
    const listener = await listen();
    const dialog = await openSmtpDialog(listener.port);
    try {
      await dialog.command('EHLO sender.test');
      await dialog.command('MAIL FROM:<ann@customer.test>');
      for (let i = 0; i < MAX_INBOUND_RECIPIENTS; i++)
        assert.equal((await dialog.command(`RCPT TO:<support+${i}@shop.test>`)).code, 250);
      const past = await dialog.command('RCPT TO:<support+past@shop.test>');
      assert.equal(past.code, 452, past.text);
      assert.match(past.text, /4\.5\.3/);
      assert.equal((await dialog.command('DATA')).code, 354);
      dialog.write(rawMail({}).replace(/\r\n$/, ''));
      const verdict = await dialog.endData();
      assert.equal(verdict.code, 250, verdict.text);
      const id = /queued as ([0-9a-f-]{36})/.exec(verdict.text)?.[1] ?? '';
      const row = await t.ctx.db
        .selectFrom('inbound_emails')
        .select('envelope_to')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      assert.equal(row.envelope_to.length, MAX_INBOUND_RECIPIENTS);
    } finally {
      dialog.close();
      await listener.close();
    }
  });

  it('answers 452 to a message that would pass the bytes it holds at once, and takes it once the others are stored or gone', async () => {
    let opened: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      opened = resolve;
    });
    let arrived: () => void = () => {};
    const firstArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const listener = await listen({
      maxBufferedBytes: 100_000,
      accept: async (arrival) => {
        arrived();
        await gate;
        return acceptInboundEmail(t.ctx, arrival);
      },
    });
    const big = (tag: string) => rawMail({ subject: tag, body: 'x'.repeat(60_000) });
    try {
      const first = sendRaw(listener.port, big('first'));
      await firstArrived;
      await assert.rejects(
        sendRaw(listener.port, big('second')),
        (error: { responseCode?: number; response?: string }) =>
          error.responseCode === 452 && /4\.3\.1/.test(error.response ?? ''),
      );
      opened();
      assert.match((await first).response, /^250 /);
      assert.match((await sendRaw(listener.port, big('second, again'))).response, /^250 /);

      // A sender that leaves in the middle of a message gives its bytes back.
      const dialog = await openSmtpDialog(listener.port);
      await dialog.command('EHLO sender.test');
      await dialog.command('MAIL FROM:<ann@customer.test>');
      await dialog.command(`RCPT TO:<${TEST_REPLY_MAILBOX}>`);
      await dialog.command('DATA');
      dialog.write(big('abandoned').slice(0, 70_000));
      dialog.close();
      // The listener hears the close a moment later; until then a 452 is the right answer.
      for (;;) {
        const outcome = await sendRaw(listener.port, big('after the abandoned one')).then(
          (info) => info.response,
          (error: { responseCode?: number }) => error.responseCode,
        );
        if (outcome === 452) continue;
        assert.match(String(outcome), /^250 /);
        break;
      }
    } finally {
      opened();
      await listener.close();
    }
  });
});
