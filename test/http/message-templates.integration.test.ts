import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_TEMPLATES } from '../../src/core/message-template/default-templates.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('message templates (admins)', () => {
  let t: TestApp;
  let admin: Client;
  let adminId: string;
  before(async () => {
    t = await startTestApp();
    const person = await buildUser(t.ctx, { role: 'admin' });
    adminId = person.id;
    admin = await signIn(t.app, person.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const rows = () => t.ctx.db.selectFrom('message_templates').selectAll().execute();
  const auditOf = (action: string) =>
    t.ctx.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();

  it('lists the five kinds in English with the variables a template may use', async () => {
    const response = await admin.request('GET', '/api/v1/message-templates');
    assert.equal(response.statusCode, 200);
    const { templates, variables } = response.json();
    assert.deepEqual(
      templates.map(
        (x: { kind: string; language: string; customized: boolean }) =>
          `${x.language} ${x.kind} ${x.customized}`,
      ),
      [
        'en acknowledgement false',
        'en update false',
        'en resolution false',
        'en free false',
        'en holding false',
      ],
    );
    assert.equal(templates[0].body, DEFAULT_TEMPLATES.acknowledgement.body);
    assert.ok(variables.some((v: { name: string }) => v.name === 'customer.firstName'));
  });

  it('saves an admin’s version, audited, lists it, and resets it to the default', async () => {
    const saved = await admin.request('PUT', '/api/v1/message-templates/update/en', {
      subject: '  News about case {{case.number}} ',
      body: 'Hi {{customer.firstName}},\n\nNews: [write it].\n\n{{owner.firstName}}',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), {
      kind: 'update',
      language: 'en',
      subject: 'News about case {{case.number}}',
      body: 'Hi {{customer.firstName}},\n\nNews: [write it].\n\n{{owner.firstName}}',
      customized: true,
    });
    const got = await admin.request('GET', '/api/v1/message-templates/update/EN');
    assert.equal(got.json().subject, 'News about case {{case.number}}');
    const [entry] = await auditOf('message_template.updated');
    assert.equal(entry?.actor_user_id, adminId);
    assert.equal(entry?.subject_id, 'update:en');
    assert.equal(
      (entry?.details as { before?: { subject: string } } | undefined)?.before?.subject,
      DEFAULT_TEMPLATES.update.subject,
    );

    const reset = await admin.request('DELETE', '/api/v1/message-templates/update/en');
    assert.equal(reset.statusCode, 200);
    assert.deepEqual(reset.json(), { ...DEFAULT_TEMPLATES.update, customized: false });
    assert.equal((await rows()).length, 0);
    assert.equal((await auditOf('message_template.reset')).length, 1);
    // Resetting what is already the default changes nothing and writes no entry.
    await admin.request('DELETE', '/api/v1/message-templates/update/en');
    assert.equal((await auditOf('message_template.reset')).length, 1);
  });

  it('adds a language by saving one template in it; its other kinds show the English ones', async () => {
    const saved = await admin.request('PUT', '/api/v1/message-templates/acknowledgement/pt_BR', {
      subject: 'Pedimos desculpa',
      body: 'Olá {{customer.firstName}}',
    });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.equal(saved.json().language, 'pt-br');
    const listed = (await admin.request('GET', '/api/v1/message-templates')).json().templates as {
      kind: string;
      language: string;
      subject: string;
      customized: boolean;
    }[];
    const portuguese = listed.filter((x) => x.language === 'pt-br');
    assert.deepEqual(
      portuguese.map((x) => [x.kind, x.customized]),
      [
        ['acknowledgement', true],
        ['update', false],
        ['resolution', false],
        ['free', false],
        ['holding', false],
      ],
    );
    assert.equal(portuguese[1]?.subject, DEFAULT_TEMPLATES.update.subject);
    await admin.request('DELETE', '/api/v1/message-templates/acknowledgement/pt-br');
  });

  it('refuses an unknown variable naming it beside its field, a subject with a line break, and bad addresses; nothing is saved', async () => {
    const audited = (await auditOf('message_template.updated')).length;
    const table: [string, unknown, number, RegExp][] = [
      [
        '/api/v1/message-templates/acknowledgement/en',
        { subject: 'Sorry', body: 'Dear {{customer.frstName}}' },
        400,
        /"field":"body","message":"Unknown variable \{\{customer\.frstName\}\}: use one of/,
      ],
      [
        '/api/v1/message-templates/acknowledgement/en',
        { subject: 'Sorry {{order.id}}', body: 'Hello' },
        400,
        /"field":"subject","message":"Unknown variable \{\{order\.id\}\}/,
      ],
      [
        '/api/v1/message-templates/acknowledgement/en',
        { subject: 'Sorry\r\nBcc: x@evil.test', body: 'Hello' },
        400,
        /"field":"subject","message":"The subject has a line break/,
      ],
      [
        '/api/v1/message-templates/apology/en',
        { subject: 'Sorry', body: 'Hello' },
        400,
        /kind in the address/,
      ],
      [
        '/api/v1/message-templates/free/english',
        { subject: 'Sorry', body: 'Hello' },
        400,
        /code like en, fr or pt-br/,
      ],
      ['/api/v1/message-templates/free/en', { subject: 'Sorry' }, 400, /Body is missing/],
    ];
    for (const [url, body, status, expected] of table) {
      const response = await admin.request('PUT', url, body);
      assert.equal(response.statusCode, status, `${url} ${response.body}`);
      assert.match(JSON.stringify(response.json()), expected);
    }
    assert.equal((await rows()).length, 0);
    assert.equal((await auditOf('message_template.updated')).length, audited, 'no refused save is audited');
  });

  it('refuses agents and supervisors', async () => {
    for (const role of ['agent', 'supervisor'] as const) {
      const person = await buildUser(t.ctx, { role });
      const client = await signIn(t.app, person.email, TEST_PASSWORD);
      const response = await client.request('GET', '/api/v1/message-templates');
      assert.equal(response.statusCode, 403, role);
    }
  });
});
