import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { acceptInboundEmail } from '../../src/app/inbound/accept-inbound-email.ts';
import type { Case } from '../../src/core/case/case.ts';
import { replyAddressFor } from '../../src/core/case/case-links.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { runJobs } from '../support/jobs.ts';
import { TEST_REPLY_MAILBOX } from '../support/mail-in.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('inbound emails in the API', () => {
  let t: TestApp;
  let supervisor: Client;
  let agent: Client;
  let opened: Case;
  let address: string;
  let threadedId: string;
  let flaggedId: string;
  const zipBytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3, 255]);

  before(async () => {
    t = await startTestApp();
    t.ctx.replyMailbox = TEST_REPLY_MAILBOX;
    const supervisorUser = await buildUser(t.ctx, { role: 'supervisor' });
    const agentUser = await buildUser(t.ctx, { role: 'agent' });
    supervisor = await signIn(t.app, supervisorUser.email, TEST_PASSWORD);
    agent = await signIn(t.app, agentUser.email, TEST_PASSWORD);
    const customer = await buildCustomer(t.ctx);
    address = customer.emails[0] ?? '';
    opened = await buildCase(t.ctx, { customerId: customer.id, ownerId: agentUser.id });
    const to = replyAddressFor(t.ctx.linkSecret, t.ctx.replyMailbox, opened.replyKey);
    const boundary = 'xyz';
    const withAttachment = [
      `From: ${address}`,
      `To: ${to}`,
      'Subject: Photos',
      'Message-ID: <photos@customer.test>',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>See the <b>photos</b></p><script>alert(1)</script>',
      `--${boundary}`,
      'Content-Type: text/html; name="page.html"',
      'Content-Disposition: attachment; filename="réclamation \\"1\\".zip"',
      'Content-Transfer-Encoding: base64',
      '',
      zipBytes.toString('base64'),
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const accept = (raw: string) =>
      acceptInboundEmail(t.ctx, { raw: Buffer.from(raw), source: 'smtp', envelopeTo: [TEST_REPLY_MAILBOX] });
    threadedId = (await accept(withAttachment)).id ?? '';
    flaggedId = (await accept('no headers here, just words\r\n')).id ?? '';
    await runJobs(t);
  });
  after(() => t.close());

  it('lists the flagged ones for a supervisor, and refuses an agent', async () => {
    const response = await supervisor.request('GET', '/api/v1/inbound-emails?status=flagged');
    assert.equal(response.statusCode, 200);
    const { emails } = response.json() as { emails: { id: string; status: string; problem: string }[] };
    assert.deepEqual(
      emails.map((e) => [e.id, e.status]),
      [[flaggedId, 'flagged']],
    );
    assert.match(emails[0]?.problem ?? '', /could not be read/);
    assert.equal((await agent.request('GET', '/api/v1/inbound-emails')).statusCode, 403);
    assert.equal((await supervisor.request('GET', '/api/v1/inbound-emails?status=lost')).statusCode, 400);
  });

  it('shows a threaded email whole to an agent: text, sanitised HTML, attachments, no raw bytes', async () => {
    const response = await agent.request('GET', `/api/v1/inbound-emails/${threadedId}`);
    assert.equal(response.statusCode, 200);
    const { email } = response.json() as {
      email: Record<string, unknown> & { htmlBody: string; attachments: { id: string; filename: string }[] };
    };
    assert.equal(email.status, 'threaded');
    assert.equal(email.caseId, opened.id);
    assert.match(email.htmlBody, /<b>photos<\/b>/);
    assert.doesNotMatch(email.htmlBody, /script/);
    assert.equal('raw' in email, false);
    assert.deepEqual(
      email.attachments.map((a) => a.filename),
      ['réclamation 1.zip'],
    );
    assert.equal(
      (await agent.request('GET', '/api/v1/inbound-emails/00000000-0000-4000-8000-000000000000')).statusCode,
      404,
    );
  });

  it('serves an attachment only as a download of generic type, byte for byte', async () => {
    const { email } = (await agent.request('GET', `/api/v1/inbound-emails/${threadedId}`)).json() as {
      email: { attachments: { id: string }[] };
    };
    const response = await agent.request(
      'GET',
      `/api/v1/inbound-emails/${threadedId}/attachments/${email.attachments[0]?.id}`,
    );
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/octet-stream');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(
      response.headers['content-disposition'],
      `attachment; filename="r_clamation 1.zip"; filename*=UTF-8''r%C3%A9clamation%201.zip`,
    );
    assert.deepEqual(response.rawPayload, zipBytes);
    const missing = await agent.request(
      'GET',
      `/api/v1/inbound-emails/${threadedId}/attachments/00000000-0000-4000-8000-000000000000`,
    );
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'] ?? '', /problem\+json/);
  });

  it('re-runs a flagged email for a supervisor (202), refuses a threaded one (409) and an agent (403)', async () => {
    assert.equal(
      (await agent.request('POST', `/api/v1/inbound-emails/${flaggedId}/process`)).statusCode,
      403,
    );
    const queued = await supervisor.request('POST', `/api/v1/inbound-emails/${flaggedId}/process`);
    assert.equal(queued.statusCode, 202);
    assert.equal((queued.json() as { email: { status: string } }).email.status, 'received');
    await runJobs(t);
    const after = (await supervisor.request('GET', `/api/v1/inbound-emails/${flaggedId}`)).json() as {
      email: { status: string; attempts: number };
    };
    assert.deepEqual([after.email.status, after.email.attempts], ['flagged', 2]);
    const refused = await supervisor.request('POST', `/api/v1/inbound-emails/${threadedId}/process`);
    assert.equal(refused.statusCode, 409);
    assert.equal((refused.json() as { code: string }).code, 'CONFLICT');
  });

  it('lists only the cases with an unanswered customer message when asked (unanswered=true)', async () => {
    const quiet = await buildCase(t.ctx);
    const all = (await agent.request('GET', '/api/v1/cases')).json() as { cases: { case: { id: string } }[] };
    assert.ok(all.cases.some((c) => c.case.id === quiet.id));
    const waiting = (await agent.request('GET', '/api/v1/cases?unanswered=true')).json() as {
      cases: { case: { id: string; unansweredSince: string | null } }[];
    };
    assert.deepEqual(
      waiting.cases.map((c) => c.case.id),
      [opened.id],
    );
    assert.ok(waiting.cases[0]?.case.unansweredSince);
    assert.equal((await agent.request('GET', '/api/v1/cases?unanswered=yes')).statusCode, 400);
  });
});
