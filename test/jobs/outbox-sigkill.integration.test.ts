import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { startBlast } from '../../src/app/blasts/start-blast.ts';
import { buildSurvey, prepareNow } from '../support/blasts.ts';
import { type ReceivedMail, type SmtpPeer, startSmtpPeer } from '../support/smtp-peer.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const WORKER = path.resolve(import.meta.dirname, '../support/outbox-worker-process.ts');
/** Recipients of the blast, and the accepted mail after which the first worker is killed. */
const RECIPIENTS = 200;
const KILL_AFTER = 60;

/** Starts the worker process; resolves once it says it is ready. */
async function startWorkerProcess(
  databaseUrl: string,
  smtpUrl: string,
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [WORKER, databaseUrl, smtpUrl], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('worker ready')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code, signal) =>
      reject(new Error(`worker exited (${code ?? signal}) before ready:\n${output}`)),
    );
  });
  await ready;
  return { child, output: () => output };
}

describe('exactly one mail per intent when the worker is killed while sending', () => {
  let t: TestApp;
  let peer: SmtpPeer;
  let onAccepted: (mail: ReceivedMail) => void = () => {};
  const children: ChildProcess[] = [];
  before(async () => {
    t = await startTestApp();
    peer = await startSmtpPeer({ onAccepted: (mail) => onAccepted(mail) });
  });
  after(async () => {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await peer.close();
    await t.close();
  });

  it('SIGKILLed mid-blast and started again, every recipient has one distinct mail, re-sent only when in doubt', async () => {
    const survey = await buildSurvey(t.ctx);
    const addresses = Array.from({ length: RECIPIENTS }, (_, i) => `r${i}@example.test`);
    const started = await startBlast(t.ctx, undefined, {
      surveyId: survey.id,
      recipients: addresses.map((email, i) => ({ line: i + 2, email })),
    });
    await prepareNow(t, started.blast.id);
    const statuses = async () =>
      t.ctx.db
        .selectFrom('outbound_emails')
        .select(['id', 'to_address', 'status', 'composed_at'])
        .where('blast_id', '=', started.blast.id)
        .execute();

    // The first worker is killed the moment the peer has taken its KILL_AFTER-th mail, before the
    // peer's 250: that mail arrived, and its sender never heard so; the others in hand are
    // mid-conversation or not yet handed over.
    const first = await startWorkerProcess(t.database.connectionString, peer.url);
    children.push(first.child);
    let killedDuring: string | undefined;
    onAccepted = (mail) => {
      if (peer.received.length !== KILL_AFTER) return;
      killedDuring = mail.envelopeTo[0];
      first.child.kill('SIGKILL');
    };
    const [, signal] = await once(first.child, 'exit');
    assert.equal(signal, 'SIGKILL', first.output());
    onAccepted = () => {};

    const atKill = await statuses();
    const sending = atKill.filter((e) => e.status === 'sending');
    const counts = Object.groupBy(atKill, (e) => e.status);
    assert.ok(
      sending.length >= 1,
      `the kill left mail in the middle of its sending: ${Object.entries(counts)
        .map(([status, list]) => `${status} ${list?.length}`)
        .join(', ')}, ${peer.received.length} received\n${first.output()}`,
    );
    /** The rule re-sends only these: composed and kept, their hand-off unknown. */
    const inDoubt = new Set(sending.filter((e) => e.composed_at !== null).map((e) => e.to_address));
    assert.ok(peer.received.length < RECIPIENTS, 'killed mid-blast');
    assert.ok(killedDuring && inDoubt.has(killedDuring), 'the mail taken as its sender died is in doubt');

    // Started again: it resolves what the dead one left, and sends the rest.
    const everySent = new Promise<void>((resolve) => {
      onAccepted = () => {
        if (new Set(peer.received.flatMap((m) => m.envelopeTo)).size === RECIPIENTS) resolve();
      };
    });
    const second = await startWorkerProcess(t.database.connectionString, peer.url);
    children.push(second.child);
    await everySent;
    // The last deliveries are recorded just after the peer's 250: wait until they are, then stop.
    for (let polls = 0; (await statuses()).some((e) => e.status !== 'sent'); polls++) {
      assert.ok(polls < 600, 'every delivery recorded within a minute of the last 250');
      await delay(100);
    }
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');

    const byRecipient = new Map<string, ReceivedMail[]>();
    for (const mail of peer.received)
      for (const to of mail.envelopeTo) byRecipient.set(to, [...(byRecipient.get(to) ?? []), mail]);
    for (const address of addresses) {
      const mails = byRecipient.get(address) ?? [];
      assert.ok(mails.length >= 1, `${address} got its mail`);
      const ids = new Set(mails.map((m) => m.parsed.messageId));
      assert.equal(ids.size, 1, `${address}: one distinct mail (Message-IDs ${[...ids].join(', ')})`);
      if (mails.length > 1) {
        assert.ok(inDoubt.has(address), `${address} got a second copy, though its mail was not in doubt`);
        assert.equal(mails.length, 2, `${address}: at most the one re-send`);
        assert.equal(mails[1]?.parsed.text, mails[0]?.parsed.text, 'the re-send is the same mail');
        assert.equal(mails[1]?.parsed.date?.getTime(), mails[0]?.parsed.date?.getTime());
      }
    }
    // The rule's promise for a mail in doubt: sent again, as the same mail (the receiver folds the two).
    assert.equal(byRecipient.get(killedDuring ?? '')?.length, 2, 'the mail in doubt was sent again');
    assert.deepEqual(
      [...new Set((await statuses()).map((e) => e.status))],
      ['sent'],
      'the blast completed: nothing left sending',
    );
  });
});
