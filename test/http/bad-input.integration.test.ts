import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { type Client, signIn, startTestApp, type TestApp } from '../support/test-app.ts';

describe('bad input gets a clear problem and changes nothing', () => {
  let t: TestApp;
  let client: Client;
  const countCustomers = async () =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM customers`.execute(t.ctx.db)).rows[0]?.n);

  before(async () => {
    t = await startTestApp();
    const agent = await buildUser(t.ctx);
    client = await signIn(t.app, agent.email, TEST_PASSWORD);
  });
  after(() => t.close());

  const headers = () => ({
    cookie: Object.entries(client.cookies)
      .map(([k, v]) => `${k}=${v}`)
      .join('; '),
    'x-csrf-token': client.csrfToken,
  });

  it('answers malformed JSON with 400 MALFORMED_JSON', async () => {
    const before = await countCustomers();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...headers(), 'content-type': 'application/json' },
      payload: '{"name": "Ada",',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'MALFORMED_JSON');
    assert.match(String(response.headers['content-type']), /problem\+json/);
    assert.equal(await countCustomers(), before);
  });

  it('answers a body over 100 kB with 413', async () => {
    const before = await countCustomers();
    const response = await client.request('POST', '/api/v1/customers', { name: 'x'.repeat(150_000) });
    assert.equal(response.statusCode, 413);
    assert.equal(response.json().code, 'BODY_TOO_LARGE');
    assert.match(response.json().detail, /accepts \(100 kB\)/);
    assert.equal(await countCustomers(), before);
  });

  it('answers a non-JSON body with 415', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { ...headers(), 'content-type': 'text/plain' },
      payload: 'name=Ada',
    });
    assert.equal(response.statusCode, 415);
    assert.equal(response.json().code, 'UNSUPPORTED_MEDIA_TYPE');
    assert.match(response.json().detail, /Content-Type: application\/json/);
  });

  it('answers wrong types with 400 naming the field', async () => {
    const response = await client.request('POST', '/api/v1/cases', {
      customer: { name: 'A' },
      title: 42,
      story: 'x',
    });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(
      response.json().errors.map((e: { field: string }) => e.field),
      ['body.title'],
    );
  });

  it('answers an unknown field with 400 naming it', async () => {
    const response = await client.request('POST', '/api/v1/customers', { name: 'Ada', isAdmin: true });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().errors[0].message, /isAdmin/);
  });

  it('answers an over-long field with 400', async () => {
    const response = await client.request('POST', '/api/v1/customers', { name: 'n'.repeat(201) });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].field, 'body.name');
  });

  it('answers an unknown route with a 404 problem that points at the API document', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.match(response.json().detail, /openapi\.json/);
  });

  it('rate-limits repeated login attempts from one address', async () => {
    let last = 0;
    for (let i = 0; i < 12; i++) {
      last = (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'a@example.test', password: 'x' },
        })
      ).statusCode;
    }
    assert.equal(last, 429);
  });
});

describe('the API document and health', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('serves an OpenAPI 3.1 document listing every endpoint with its schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    assert.equal(response.statusCode, 200);
    const doc = response.json();
    assert.equal(doc.openapi, '3.1.0');
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/users',
      '/api/v1/teams',
      '/api/v1/customers',
      '/api/v1/cases',
      '/api/v1/cases/{id}/events',
      '/api/v1/cases/{id}/handoff',
      '/api/v1/cases/{id}/status',
      '/api/v1/cases/{id}/notes',
    ]) {
      assert.ok(doc.paths[path], `missing ${path}`);
    }
    const handoff = doc.paths['/api/v1/cases/{id}/handoff'].post;
    assert.ok(handoff.requestBody.content['application/json'].schema.properties.reason);
  });

  it('says ok on /healthz while the database answers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.deepEqual(response.json(), { status: 'ok' });
  });
});
