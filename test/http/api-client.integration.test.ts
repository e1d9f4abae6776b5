import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import createClient, { type Client } from 'openapi-fetch';
import { createApiToken } from '../../src/app/auth/create-api-token.ts';
import type { paths } from '../../web/src/api/schema.ts';
import { buildUser } from '../support/factories.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * A client generated from the OpenAPI document (openapi-typescript types, openapi-fetch) against
 * the real server: a wrong path, field or answer in the description fails typecheck or this test.
 */
describe('a client generated from the OpenAPI document', () => {
  let t: TestApp;
  let api: Client<paths>;
  before(async () => {
    t = await startTestApp();
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const supervisor = await buildUser(t.ctx, { role: 'supervisor' });
    const { secret } = await createApiToken(
      t.ctx,
      { userId: supervisor.id, role: 'supervisor', via: 'session' },
      { name: 'generated client' },
    );
    api = createClient<paths>({ baseUrl: address, headers: { authorization: `Bearer ${secret}` } });
  });
  after(() => t.close());

  it('creates a customer, opens a case for them and reads it back', async () => {
    const created = await api.POST('/api/v1/customers', {
      body: { name: 'Ada Byron', emails: ['ada@example.test'], externalId: 'crm-1815' },
    });
    assert.equal(created.response.status, 201);
    const customerId = created.data!.customer.id;

    const opened = await api.POST('/api/v1/cases', {
      body: { customerId, title: 'Order 4471 arrived broken', story: 'The vase was in pieces.' },
    });
    assert.equal(opened.response.status, 201);
    const caseId = opened.data!.case.id;

    const read = await api.GET('/api/v1/cases/{id}', { params: { path: { id: caseId } } });
    assert.equal(read.data?.case.title, 'Order 4471 arrived broken');
    assert.equal(read.data?.customer.id, customerId);

    const listed = await api.GET('/api/v1/cases', { params: { query: { customerId } } });
    assert.deepEqual(
      listed.data?.cases.map((item) => item.case.id),
      [caseId],
    );
  });

  it('gets refusals as typed problems', async () => {
    const missing = await api.GET('/api/v1/cases/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    assert.equal(missing.response.status, 404);
    assert.equal(missing.error?.code, 'NOT_FOUND');
    assert.match(missing.response.headers.get('content-type') ?? '', /^application\/problem\+json/);

    const invalid = await api.POST('/api/v1/cases', {
      body: { title: '', story: 'No customer given.' },
    });
    assert.equal(invalid.response.status, 400);
    assert.equal(invalid.error?.code, 'VALIDATION_FAILED');
  });
});
