import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { User } from '../../src/core/team/user.ts';
import { buildCase, buildCustomer, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * Text that people outside choose — a customer's name (from a form, an import, the display name of
 * their mail), a case title (the subject of their mail) — reaches the owner's messages through the
 * templates' variables. Found by probing: braces in it were read as variables.
 */
describe('a message to the customer, with text they chose in it', () => {
  let t: TestApp;
  let owner: User;
  let ownerClient: Client;
  before(async () => {
    t = await startTestApp();
    owner = await buildUser(t.ctx, { role: 'agent', name: 'Owen Park' });
    ownerClient = await signIn(t.app, owner.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const caseFor = async (name: string, title = 'Vase arrived broken') => {
    const customer = await buildCustomer(t.ctx, { name });
    return buildCase(t.ctx, { customerId: customer.id, ownerId: owner.id, title });
  };
  const send = (caseId: string, body: unknown) =>
    ownerClient.request('POST', `/api/v1/cases/${caseId}/messages`, body);
  const draft = async (caseId: string, template: string) => {
    const response = await ownerClient.request(
      'GET',
      `/api/v1/cases/${caseId}/message-draft?template=${template}`,
    );
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { text: string };
  };

  it('sends a template to a customer whose name has braces in it, the name as written', async () => {
    for (const name of ['{{Rita}} Moreno', 'Rita{{ Moreno', '}} Moreno']) {
      const opened = await caseFor(name);
      const sent = await send(opened.id, { template: 'acknowledgement' });
      assert.equal(sent.statusCode, 201, `${name}: ${sent.body}`);
      const first = name.split(' ')[0] ?? '';
      assert.match(sent.json().message.body, new RegExp(`^Hello ${first.replace(/[{}]/g, '\\$&')},\\n`));
    }
  });

  it('sends the draft back as the owner got it, braces of the customer’s name and the title included', async () => {
    const opened = await caseFor('{{Rita}} Moreno', 'Your mail said Hello {{first_name}}');
    const filled = await draft(opened.id, 'update');
    assert.match(filled.text, /^Hello \{\{Rita\}\},/);
    const text = `${filled.text}\n\nAbout “{{case.title}}”: that was our template, sorry.`;
    const sent = await send(opened.id, { template: 'update', text });
    assert.equal(sent.statusCode, 201, sent.body);
    assert.match(sent.json().message.body, /^Hello \{\{Rita\}\},/);
    assert.match(
      sent.json().message.body,
      /About “Your mail said Hello \{\{first_name\}\}”: that was our template, sorry\.$/,
    );
  });

  it('never fills a variable the customer put in their own name', async () => {
    const opened = await caseFor('{{owner.name}}');
    const filled = await draft(opened.id, 'update');
    assert.match(filled.text, /^Hello \{\{owner\.name\}\},/);
    const sent = await send(opened.id, { text: filled.text });
    assert.equal(sent.statusCode, 201, sent.body);
    assert.match(sent.json().message.body, /^Hello \{\{owner\.name\}\},/);
    assert.doesNotMatch(sent.json().message.body, /^Hello Owen/);
  });

  it('refuses a template subject with a C1 control character (U+0085 is a line break to some readers), naming the field', async () => {
    const admin = await buildUser(t.ctx, { role: 'admin' });
    const adminClient = await signIn(t.app, admin.email, TEST_PASSWORD);
    for (const control of ['\u0085', '\u009b', '\u0080']) {
      const refused = await adminClient.request('PUT', '/api/v1/message-templates/update/en', {
        subject: `An update${control}Bcc: x@evil.test`,
        body: 'Hello {{customer.firstName}},',
      });
      assert.equal(refused.statusCode, 400, JSON.stringify(control));
      assert.equal(refused.json().errors?.[0]?.field, 'subject');
    }
  });

  it('still refuses a variable the owner mistyped, naming it, and writes nothing', async () => {
    const opened = await caseFor('{{Rita}} Moreno');
    const refused = await send(opened.id, { text: 'Hello {{Rita}}, {{customer.frstName}} here' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.json().detail, /\{\{customer\.frstName\}\}/);
    assert.doesNotMatch(refused.json().detail, /\{\{Rita\}\}/);
    const events = await t.ctx.db
      .selectFrom('case_events')
      .select('kind')
      .where('case_id', '=', opened.id)
      .where('kind', '=', 'message_out')
      .execute();
    assert.equal(events.length, 0);
  });
});
