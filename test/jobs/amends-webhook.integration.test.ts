import assert from 'node:assert/strict';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const SECRET = 'a-long-shared-secret-for-the-test-receiver';

/**
 * The business's system as docs/amends-webhook.md tells a receiver to be written: it checks the
 * signature over `<t>.<body>` and the timestamp, and issues once per Idempotency-Key (a retry of a
 * key it has seen answers the same reference and issues nothing).
 */
function receiver(script: ('fail' | 'hang' | 'ok')[]) {
  const issued = new Map<string, string>();
  const seen: { key: string; signatureValid: boolean; body: Record<string, unknown> }[] = [];
  let next = 0;
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const header = String(request.headers['amends-signature'] ?? '');
      const t = /(?:^|,)t=(\d+)/.exec(header)?.[1] ?? '';
      const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1] ?? '';
      const expected = createHmac('sha256', SECRET).update(`${t}.${raw}`).digest();
      const fresh = Math.abs(Date.now() / 1000 - Number(t)) <= 300;
      const signatureValid = v1 !== '' && fresh && timingSafeEqual(expected, Buffer.from(v1, 'hex'));
      const key = String(request.headers['idempotency-key'] ?? '');
      seen.push({ key, signatureValid, body: JSON.parse(raw) });
      if (!signatureValid) {
        response.writeHead(401).end();
        return;
      }
      const step = script[next++] ?? 'ok';
      if (step === 'fail') {
        response.writeHead(500).end('database down');
        return;
      }
      // Issued (once per key), whether or not the answer gets back in time.
      if (!issued.has(key)) issued.set(key, `RF-${issued.size + 1}`);
      if (step === 'hang') return; // the answer never comes: the sender's timeout fires
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ reference: issued.get(key) }));
    });
  });
  return { server, issued, seen };
}

describe('issuing amends through the signed webhook', () => {
  let t: TestApp;
  let agent: User;
  let agentClient: Client;
  let adminClient: Client;
  let refundId: string;
  before(async () => {
    t = await startTestApp();
    agent = await buildUser(t.ctx, { role: 'agent' });
    agentClient = await signIn(t.app, agent.email, TEST_PASSWORD);
    const admin = await buildUser(t.ctx, { role: 'admin' });
    adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    const catalogue = (await agentClient.request('GET', '/api/v1/amends/catalogue')).json().catalogue;
    refundId = catalogue.find((entry: { kind: string }) => entry.kind === 'refund').id;
    await adminClient.request('PUT', '/api/v1/settings/amends/limits', {
      limits: [
        {
          role: 'agent',
          gestureTypeId: refundId,
          currency: 'EUR',
          perGestureMinor: 5000,
          perCaseMinor: null,
          perAgentMonthMinor: null,
        },
      ],
    });
  });
  after(() => t.close());

  const listen = async (script: ('fail' | 'hang' | 'ok')[]) => {
    const r = receiver(script);
    await new Promise<void>((resolve) => r.server.listen(0, '127.0.0.1', resolve));
    const { port } = r.server.address() as AddressInfo;
    const saved = await adminClient.request('PUT', '/api/v1/settings/amends/webhook', {
      url: `http://127.0.0.1:${port}/amends`,
      secret: SECRET,
    });
    assert.equal(saved.statusCode, 200, saved.body);
    return r;
  };
  const close = (server: Server) => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  };
  /** The gesture's job, due now (as if its backoff had passed). */
  const dueNow = (gestureId: string, extra = sql``) =>
    sql`UPDATE graphile_worker._private_jobs SET run_at = now() ${extra} WHERE key = ${`deliver-amend:${gestureId}`}`.execute(
      t.ctx.db,
    );
  const runDeliveries = () => runJobs(t, undefined, { amendsWebhookTimeoutMs: 500 });
  const gestureOf = async (caseId: string, id: string) =>
    (
      (await agentClient.request('GET', `/api/v1/cases/${caseId}/amends`)).json().gestures as {
        id: string;
        state: string;
        reference: string | null;
        lastError: string | null;
      }[]
    ).find((gesture) => gesture.id === id)!;

  it('retries a 500 and a timeout with one Idempotency-Key, shows the gesture pending meanwhile, and issues it once with the reference', async () => {
    const r = await listen(['fail', 'hang', 'ok']);
    try {
      const found = await buildCase(t.ctx, { ownerId: agent.id });
      const offered = await agentClient.request(
        'POST',
        `/api/v1/cases/${found.id}/amends`,
        { gestureTypeId: refundId, amountMinor: 2500, currency: 'EUR' },
        { 'idempotency-key': randomUUID() },
      );
      assert.equal(offered.statusCode, 201, offered.body);
      const { id } = offered.json().gesture;
      assert.equal(offered.json().gesture.state, 'issuing');

      await runDeliveries();
      let gesture = await gestureOf(found.id, id);
      assert.equal(gesture.state, 'issuing', 'a 500 leaves it pending');
      assert.match(gesture.lastError ?? '', /500/);

      await dueNow(id);
      await runDeliveries();
      gesture = await gestureOf(found.id, id);
      assert.equal(gesture.state, 'issuing', 'a timeout leaves it pending');
      assert.match(gesture.lastError ?? '', /did not answer/);

      await dueNow(id);
      await runDeliveries();
      gesture = await gestureOf(found.id, id);
      assert.equal(gesture.state, 'issued');
      assert.equal(gesture.reference, 'RF-1');
      assert.equal(gesture.lastError, null);

      assert.equal(r.seen.length, 3);
      assert.ok(
        r.seen.every((request) => request.signatureValid),
        'every request verifies',
      );
      assert.deepEqual(
        new Set(r.seen.map((request) => request.key)),
        new Set([id]),
        'one key for every attempt',
      );
      assert.equal(r.issued.size, 1, 'issued once by the receiver');
      assert.deepEqual((r.seen[0]!.body as { gesture: unknown }).gesture, {
        id,
        kind: 'refund',
        label: 'Refund',
        amountMinor: 2500,
        currency: 'EUR',
        code: null,
      });
      const events = await t.ctx.db
        .selectFrom('case_events')
        .select('kind')
        .where('case_id', '=', found.id)
        .execute();
      assert.equal(events.filter((event) => event.kind === 'amends_issued').length, 1);
      const attempts = await t.ctx.db
        .selectFrom('amend_webhook_deliveries')
        .select(['attempt', 'status_code'])
        .where('gesture_id', '=', id)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        attempts.map((attempt) => attempt.status_code),
        [500, null, 200],
      );
      await dueNow(id);
      await runDeliveries();
      assert.equal(r.seen.length, 3, 'an issued gesture is never sent again');
    } finally {
      await close(r.server);
    }
  });

  it('fails the gesture after the last attempt, tells the timeline, and lets it be issued by hand', async () => {
    const r = await listen(['fail', 'fail']);
    try {
      const found = await buildCase(t.ctx, { ownerId: agent.id });
      const offered = await agentClient.request(
        'POST',
        `/api/v1/cases/${found.id}/amends`,
        { gestureTypeId: refundId, amountMinor: 1000, currency: 'EUR' },
        { 'idempotency-key': randomUUID() },
      );
      const { id } = offered.json().gesture;
      const byHandTooSoon = await agentClient.request('POST', `/api/v1/amends/${id}/issued-by-hand`, {
        reference: 'X',
      });
      assert.equal(byHandTooSoon.statusCode, 409, 'still being sent: it must not be issued twice');
      await dueNow(id, sql`, max_attempts = 1`);
      await runDeliveries();
      assert.equal((await gestureOf(found.id, id)).state, 'failed');
      const failed = await t.ctx.db
        .selectFrom('case_events')
        .selectAll()
        .where('case_id', '=', found.id)
        .where('kind', '=', 'amends_failed')
        .execute();
      assert.equal(failed.length, 1);
      const byHand = await agentClient.request('POST', `/api/v1/amends/${id}/issued-by-hand`, {
        reference: 'RF-hand',
      });
      assert.equal(byHand.json().gesture.state, 'issued');
    } finally {
      await close(r.server);
    }
  });

  it('refuses a webhook without a usable URL or a long enough secret', async () => {
    const short = await adminClient.request('PUT', '/api/v1/settings/amends/webhook', {
      url: 'https://billing.example.com/amends',
      secret: 'short',
    });
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().code, 'VALIDATION_FAILED');
    const ftp = await adminClient.request('PUT', '/api/v1/settings/amends/webhook', {
      url: 'ftp://billing.example.com',
      secret: SECRET,
    });
    assert.equal(ftp.statusCode, 400);
    const settings = (await adminClient.request('GET', '/api/v1/settings/amends')).json();
    assert.equal(JSON.stringify(settings).includes(SECRET), false, 'the secret never leaves');
  });
});
