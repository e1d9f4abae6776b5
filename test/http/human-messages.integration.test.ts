import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildCase, buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const SOME_ID = '00000000-0000-4000-8000-000000000000';
/** zod's own wording, which a person should never read: "Too small: expected string to have >=1 characters". */
const MACHINE_WORDS = /expected|received|>=|<=|Invalid|Too small|Too big|Unrecognized|body\.|querystring\./;
/** A sentence: a capital first, a full stop or question mark last. */
const SENTENCE = /^[A-Z].*[.?]$/s;

type FieldError = { field: string; message: string };

describe('refused input is answered in sentences a person can act on', () => {
  let t: TestApp;
  let admin: Client;
  let endpoints: { method: 'POST' | 'PUT' | 'PATCH'; path: string }[];
  const countEvents = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM case_events`.execute(t.ctx.db)).rows[0]?.n);

  before(async () => {
    t = await startTestApp();
    const person = await buildUser(t.ctx, { role: 'admin' });
    admin = await signIn(t.app, person.email, TEST_PASSWORD);
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, unknown> } }>>;
    };
    endpoints = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, operation]) => operation.requestBody?.content['application/json'])
        .map(([method]) => ({ method: method.toUpperCase() as 'POST', path })),
    );
  });
  after(() => t.close());

  it('answers an empty note with "Write a note first." beside the field, and adds nothing', async () => {
    const opened = await buildCase(t.ctx);
    const before = await countEvents();
    const response = await admin.request('POST', `/api/v1/cases/${opened.id}/notes`, { body: '   ' });
    assert.equal(response.statusCode, 400);
    const problem = response.json();
    assert.equal(problem.code, 'VALIDATION_FAILED');
    assert.equal(problem.detail, 'Write a note first.');
    assert.deepEqual(problem.errors, [{ field: 'body.body', message: 'Write a note first.' }]);
    assert.equal(await countEvents(), before);
  });

  it('names the field in its own words when the schema has none, and lists each refused field', async () => {
    const response = await admin.request('POST', '/api/v1/surveys', {
      name: 'n'.repeat(201),
      touchpointType: '',
      question: 42,
      kind: 'weekly',
    });
    assert.equal(response.statusCode, 400);
    const problem = response.json();
    assert.deepEqual(problem.errors, [
      { field: 'body.name', message: 'Name is too long: keep it to 200 characters or fewer.' },
      { field: 'body.kind', message: 'Kind must be one of: thermometer, csat, nps.' },
      { field: 'body.touchpointType', message: 'Say which touchpoint it follows, e.g. delivery.' },
      { field: 'body.question', message: 'Question must be text.' },
    ]);
    assert.equal(problem.detail, problem.errors.map((e: FieldError) => e.message).join(' '));
  });

  it('says which field to remove when one is not taken', async () => {
    const response = await admin.request('POST', '/api/v1/customers', { name: 'Ada', isAdmin: true });
    assert.deepEqual(response.json().errors, [
      { field: 'body', message: 'Remove isAdmin: this field is not taken here.' },
    ]);
  });

  it('answers a bad query or path in sentences too', async () => {
    const query = await admin.request('GET', '/api/v1/feedback/happiness?from=yesterday');
    assert.deepEqual(query.json().errors, [
      {
        field: 'querystring.from',
        message: 'Give a date (2026-11-23) or a date and time (2026-11-23T09:00:00Z).',
      },
    ]);
    const path = await admin.request('GET', '/api/v1/users/42');
    assert.equal(path.json().detail, 'The id in the address must be an id (a UUID).');
  });

  it('answers every JSON endpoint sent an empty body, and one of wrong types, only in sentences', async () => {
    assert.ok(endpoints.length > 0);
    const machineWords: string[] = [];
    let refused = 0;
    for (const { method, path } of endpoints) {
      const url = path.replace('{id}', SOME_ID);
      for (const body of [{}, { name: 7, title: [], body: false, email: 3, status: 'nope', zzz: 1 }]) {
        const response = await admin.request(method, url, body);
        if (response.statusCode !== 400) continue;
        refused += 1;
        const problem = response.json() as { detail: string; errors?: FieldError[] };
        for (const text of [problem.detail, ...(problem.errors ?? []).map((e) => e.message)]) {
          if (!SENTENCE.test(text) || MACHINE_WORDS.test(text))
            machineWords.push(`${method} ${path} ${JSON.stringify(body)}: ${text}`);
        }
      }
    }
    // Some bodies are valid for some routes, but every route with a body refuses one of the two.
    assert.ok(refused >= endpoints.length, `only ${refused} refusals for ${endpoints.length} endpoints`);
    assert.deepEqual(machineWords, []);
  });
});
