import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../../src/http/route.ts';
import { ROUTES } from '../../src/http/routes/index.ts';
import { buildUser, TEST_PASSWORD } from '../support/factories.ts';
import { signIn, startTestApp, type TestApp } from '../support/test-app.ts';

const PUBLIC = new Set([
  'GET /healthz',
  'GET /api/v1/auth/csrf',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/password-reset',
  'POST /api/v1/auth/forgot-password',
]);
const ADMIN_ONLY = [
  'POST /api/v1/users',
  'POST /api/v1/users/{id}/password-reset-link',
  'POST /api/v1/users/{id}/password-reset-email',
  'POST /api/v1/teams',
  'POST /api/v1/teams/{id}/members',
  'GET /api/v1/audit',
  'PUT /api/v1/settings/feedback-rules',
  'PUT /api/v1/settings/brand',
  'GET /api/v1/message-templates',
  'GET /api/v1/message-templates/{kind}/{language}',
  'PUT /api/v1/message-templates/{kind}/{language}',
  'DELETE /api/v1/message-templates/{kind}/{language}',
  'POST /api/v1/settings/issue-types',
  'PUT /api/v1/settings/issue-types/{id}',
];
const SOME_ID = '00000000-0000-4000-8000-000000000000';

describe('every endpoint enforces its access', () => {
  let t: TestApp;
  let endpoints: { method: string; path: string }[];
  before(async () => {
    t = await startTestApp();
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    endpoints = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
    );
  });
  after(() => t.close());

  it('documents exactly the endpoints of the route table', async () => {
    assert.deepEqual(
      endpoints.map(({ method, path }) => `${method} ${path}`).sort(),
      (await routeTableEndpoints()).sort(),
    );
  });

  it('answers 401 to every non-public endpoint called without credentials', async () => {
    const open: string[] = [];
    for (const { method, path } of endpoints) {
      if (PUBLIC.has(`${method} ${path}`)) continue;
      const response = await t.app.inject({
        method: method as 'GET',
        url: path.replace('{id}', SOME_ID),
        payload: method === 'GET' || method === 'DELETE' ? undefined : {},
      });
      if (response.statusCode !== 401) open.push(`${method} ${path} → ${response.statusCode}`);
    }
    assert.deepEqual(open, []);
  });

  it('answers 403 to an agent on every admin-only endpoint', async () => {
    const agent = await buildUser(t.ctx, { role: 'agent' });
    const client = await signIn(t.app, agent.email, TEST_PASSWORD);
    for (const endpoint of ADMIN_ONLY) {
      const [method, path] = endpoint.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH', string];
      const response = await client.request(
        method,
        path.replace('{id}', SOME_ID),
        method === 'GET' ? undefined : {},
      );
      assert.equal(response.statusCode, 403, `${endpoint} answered ${response.statusCode}`);
    }
  });
});

/** What each route of the table registers on a bare Fastify (method and path, OpenAPI-style), except routes hidden from the document. */
async function routeTableEndpoints(): Promise<string[]> {
  const seen: string[] = [];
  const api = Fastify().withTypeProvider<ZodTypeProvider>();
  api.setValidatorCompiler(validatorCompiler);
  api.setSerializerCompiler(serializerCompiler);
  api.addHook('onRoute', (route) => {
    if ((route.schema as { hide?: boolean } | undefined)?.hide) return;
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') seen.push(`${method} ${route.url.replace(/:(\w+)/g, '{$1}')}`);
    }
  });
  for (const route of ROUTES) route(api, {} as RouteDeps);
  await api.ready();
  await api.close();
  return seen;
}
