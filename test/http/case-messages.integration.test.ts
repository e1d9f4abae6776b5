import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { changeCaseStatus } from '../../src/app/cases/change-case-status.ts';
import { appendCustomerMessage } from '../../src/app/conversation/append-customer-message.ts';
import { upsertCustomer } from '../../src/app/customers/upsert-customer.ts';
import { statusPageUrl } from '../../src/core/case/case-links.ts';
import { DEFAULT_TEMPLATES } from '../../src/core/message-template/default-templates.ts';
import type { User } from '../../src/core/team/user.ts';
import { insertSuppression } from '../../src/store/email-suppression.store.ts';
import { SEND_EMAIL } from '../../src/store/job.store.ts';
import { buildCase, buildCustomer, buildUser, RESOLUTION, TEST_PASSWORD } from '../support/factories.ts';
import { queuedJobCount } from '../support/jobs.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('writing to the customer from the case', () => {
  let t: TestApp;
  let owner: User;
  let ownerClient: Client;
  let otherAgent: Client;
  let supervisor: Client;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    ownerClient = await signIn(t.app, owner.email, TEST_PASSWORD);
    const other = await buildUser(t.ctx, { role: 'agent' });
    otherAgent = await signIn(t.app, other.email, TEST_PASSWORD);
    const lead = await buildUser(t.ctx, { role: 'supervisor' });
    supervisor = await signIn(t.app, lead.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const caseFor = async (customer?: { name?: string; email?: string }) => {
    const found = await buildCustomer(t.ctx, customer);
    return buildCase(t.ctx, { customerId: found.id, ownerId: owner.id, title: 'Vase arrived broken' });
  };
  const send = (client: Client, caseId: string, body: unknown) =>
    client.request('POST', `/api/v1/cases/${caseId}/messages`, body);
  const eventsOf = async (caseId: string) =>
    (await ownerClient.request('GET', `/api/v1/cases/${caseId}/events`)).json().events as {
      id: number;
      kind: string;
      body: string | null;
      data: Record<string, unknown>;
      delivery: { status: string; error: string | null } | null;
    }[];
  const caseRow = (caseId: string) =>
    t.ctx.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
  const emailsOf = (caseId: string) =>
    t.ctx.db.selectFrom('outbound_emails').selectAll().where('case_id', '=', caseId).execute();
  it('queues the email with its message_out in one go, acknowledges the open case, ends the wait and answers 201 with the delivery state', async () => {
    const opened = await caseFor({ name: 'Rita Moreno', email: 'rita@example.test' });
    await t.ctx.db.transaction().execute((trx) =>
      appendCustomerMessage(trx, t.ctx.now(), {
        caseId: opened.id,
        body: 'Any news?',
        channel: 'status_page',
      }),
    );
    assert.ok((await caseRow(opened.id)).unanswered_since, 'the customer waits for an answer');

    const response = await send(ownerClient, opened.id, {
      text: 'Hello {{customer.firstName}},\n\nI am so sorry about the vase. A new one leaves today.',
    });
    assert.equal(response.statusCode, 201, response.body);
    const { message } = response.json();
    assert.equal(message.kind, 'message_out');
    assert.equal(message.body, 'Hello Rita,\n\nI am so sorry about the vase. A new one leaves today.');
    assert.equal(message.actorUserId, owner.id);
    assert.deepEqual(message.delivery, { status: 'queued', error: null });
    assert.equal(message.data.channel, 'email');
    assert.equal(message.data.to, 'rita@example.test');
    assert.equal(message.data.subject, 'Vase arrived broken');

    const [email, ...more] = await emailsOf(opened.id);
    assert.equal(more.length, 0);
    assert.equal(email?.kind, 'case-message');
    assert.equal(email?.id, message.data.emailId);
    assert.equal(email?.case_event_id, message.id);
    assert.equal(email?.intent_key, `case-message:${message.id}`);
    assert.equal(email?.to_address, 'rita@example.test');
    assert.equal(email?.status, 'queued');
    assert.equal(await queuedJobCount(t.ctx.db, SEND_EMAIL, [email?.id ?? '']), 1, 'its send job is queued');

    const row = await caseRow(opened.id);
    assert.equal(row.status, 'acknowledged');
    assert.ok(row.acknowledged_at);
    assert.equal(row.unanswered_since, null);
    assert.ok(row.last_message_out_at);
    const events = await eventsOf(opened.id);
    const acknowledged = events.find((e) => e.kind === 'status_changed');
    assert.equal(acknowledged?.body, 'Acknowledged by the first message to the customer.');
    assert.deepEqual(acknowledged?.data, {
      from: 'open',
      to: 'acknowledged',
      reopened: false,
      because: 'first_message_out',
    });
    assert.ok((acknowledged?.id ?? 0) < message.id, 'the acknowledgement comes before the message');
    assert.deepEqual(events.at(-1)?.delivery, { status: 'queued', error: null });
    assert.equal(
      events.filter((e) => e.kind !== 'message_out').every((e) => e.delivery === null),
      true,
      'only messages out have a delivery',
    );

    // A second message leaves the acknowledgement as it was.
    const second = await send(ownerClient, opened.id, { text: 'Tracking number: 1Z999.' });
    assert.equal(second.statusCode, 201);
    const statusChanges = (await eventsOf(opened.id)).filter((e) => e.kind === 'status_changed');
    assert.equal(statusChanges.length, 1);
  });

  it('fills a template alone in the customer’s language, English for everyone else, and heads it with the template’s subject', async () => {
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    const saved = await adminClient.request('PUT', '/api/v1/message-templates/acknowledgement/de', {
      subject: 'Es tut uns leid, {{customer.firstName}}',
      body: 'Hallo {{customer.firstName}}, hier ist {{owner.firstName}}. {{statusPageUrl}}',
    });
    assert.equal(saved.statusCode, 200, saved.body);

    const { customer: german } = await upsertCustomer(t.ctx, undefined, {
      name: 'Jürgen Weber',
      emails: ['juergen@example.test'],
      attributes: { language: 'de-AT' },
    });
    const germanCase = await buildCase(t.ctx, { customerId: german.id, ownerId: owner.id });
    const draft = await ownerClient.request(
      'GET',
      `/api/v1/cases/${germanCase.number}/message-draft?template=acknowledgement`,
    );
    assert.equal(draft.statusCode, 200, draft.body);
    const page = statusPageUrl(t.ctx.publicUrl, t.ctx.linkSecret, germanCase.statusKey);
    assert.deepEqual(draft.json(), {
      template: { kind: 'acknowledgement', language: 'de', customized: true },
      subject: 'Es tut uns leid, Jürgen',
      text: `Hallo Jürgen, hier ist Owen. ${page}`,
    });
    const sent = await send(ownerClient, germanCase.id, { template: 'acknowledgement' });
    assert.equal(sent.statusCode, 201, sent.body);
    const { message } = sent.json();
    assert.equal(message.body, draft.json().text, 'what the draft showed is what is sent');
    assert.equal(message.data.template, 'acknowledgement');
    assert.equal(message.data.language, 'de');
    assert.equal(message.data.subject, 'Es tut uns leid, Jürgen');

    const english = await caseFor({ name: 'Ann Lee' });
    const answer = await send(ownerClient, english.id, { template: 'acknowledgement' });
    assert.equal(answer.statusCode, 201, answer.body);
    assert.match(
      answer.json().message.body,
      /^Hello Ann,\n\nThank you for telling us what happened, and I am sorry/,
    );
    assert.match(answer.json().message.body, /\nOwen\nAmends$/);
    assert.equal(answer.json().message.data.subject, DEFAULT_TEMPLATES.acknowledgement.subject);

    // The owner edits the filled text: their words go, the template still names the subject.
    const edited = await send(ownerClient, english.id, {
      template: 'update',
      text: 'The courier picks it up at 3pm.',
    });
    assert.equal(edited.json().message.body, 'The courier picks it up at 3pm.');
    assert.equal(edited.json().message.data.subject, DEFAULT_TEMPLATES.update.subject);
  });

  it('lets the owner, a supervisor or an admin write, and refuses another agent with 403, writing nothing', async () => {
    const opened = await caseFor();
    const refused = await send(otherAgent, opened.id, { text: 'Hello from someone else.' });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().code, 'FORBIDDEN');
    assert.equal((await emailsOf(opened.id)).length, 0);
    assert.equal((await eventsOf(opened.id)).filter((e) => e.kind === 'message_out').length, 0);
    assert.equal((await caseRow(opened.id)).status, 'open');
    const allowed = await send(supervisor, opened.id, { text: 'Hello, I am the team lead.' });
    assert.equal(allowed.statusCode, 201);
  });

  it('refuses a closed case with CASE_CLOSED, writes to a resolved one and leaves it resolved', async () => {
    const actor = { userId: owner.id, role: 'agent' as const, via: 'session' as const };
    const resolved = await caseFor();
    await changeCaseStatus(t.ctx, actor, resolved.id, { status: 'resolved', resolution: RESOLUTION });
    const toResolved = await send(ownerClient, resolved.id, { template: 'resolution' });
    assert.equal(toResolved.statusCode, 201, toResolved.body);
    assert.equal((await caseRow(resolved.id)).status, 'resolved');

    await changeCaseStatus(t.ctx, actor, resolved.id, { status: 'closed' });
    const before = (await eventsOf(resolved.id)).length;
    const refused = await send(ownerClient, resolved.id, { text: 'One more thing.' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'CASE_CLOSED');
    assert.match(refused.json().detail, /is closed: reopen it first/);
    assert.equal((await eventsOf(resolved.id)).length, before);
    assert.equal((await emailsOf(resolved.id)).length, 1);
  });

  it('refuses a customer with no email address, or whose address bounced, with CUSTOMER_UNREACHABLE; an unsubscribed one is written to', async () => {
    const { customer: phoneOnly } = await upsertCustomer(t.ctx, undefined, {
      name: 'Pat',
      phones: ['+1 555 0100'],
    });
    const noAddress = await buildCase(t.ctx, { customerId: phoneOnly.id, ownerId: owner.id });
    const refused = await send(ownerClient, noAddress.id, { text: 'Hello Pat.' });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'CUSTOMER_UNREACHABLE');
    assert.match(refused.json().detail, /no email address/);
    assert.equal((await caseRow(noAddress.id)).status, 'open', 'not acknowledged by a refused message');

    const bounced = await caseFor({ email: 'gone@example.test' });
    await insertSuppression(t.ctx.db, {
      email: 'gone@example.test',
      reason: 'bounced',
      detail: '550',
      at: t.ctx.now(),
    });
    const toBounced = await send(ownerClient, bounced.id, { text: 'Hello.' });
    assert.equal(toBounced.statusCode, 409);
    assert.equal(toBounced.json().code, 'CUSTOMER_UNREACHABLE');
    assert.match(toBounced.json().detail, /gone@example\.test bounced/);
    assert.equal((await emailsOf(bounced.id)).length, 0);

    const unsubscribed = await caseFor({ email: 'quiet@example.test' });
    await insertSuppression(t.ctx.db, {
      email: 'quiet@example.test',
      reason: 'unsubscribed',
      detail: undefined,
      at: t.ctx.now(),
    });
    const toUnsubscribed = await send(ownerClient, unsubscribed.id, { text: 'Hello.' });
    assert.equal(toUnsubscribed.statusCode, 201, toUnsubscribed.body);
  });

  it('refuses bad text with 400 naming the field, and writes nothing', async () => {
    const opened = await caseFor();
    const table: [unknown, RegExp][] = [
      [{ text: '   ' }, /Write the message first\./],
      [{}, /Write the message first\./],
      [{ text: 'x'.repeat(20_001) }, /Text .*20000|20,000|20000/],
      [{ text: 'Hello {{customer.frstName}}' }, /Unknown variable \{\{customer\.frstName\}\}/],
      [{ text: 'Hello', template: 'apology' }, /Template/],
      [{ text: 'Hello', subject: 'Injected\r\nBcc: x@evil.test' }, /subject/i],
      [{ text: 42 }, /Text/],
    ];
    for (const [body, message] of table) {
      const response = await send(ownerClient, opened.id, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body).slice(0, 60)}: ${response.body}`);
      assert.equal(response.json().code, 'VALIDATION_FAILED');
      assert.match(JSON.stringify(response.json().errors), message, JSON.stringify(body).slice(0, 60));
    }
    assert.equal((await eventsOf(opened.id)).filter((e) => e.kind === 'message_out').length, 0);
    assert.equal((await emailsOf(opened.id)).length, 0);
    assert.equal((await caseRow(opened.id)).status, 'open');
  });

  it('answers 404 for a case that does not exist', async () => {
    const response = await send(ownerClient, '00000000-0000-4000-8000-000000000000', { text: 'Hello.' });
    assert.equal(response.statusCode, 404);
  });
});
