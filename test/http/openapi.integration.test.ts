import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { operationIdOf } from '../../src/http/openapi/operation-id.ts';
import { ROUTES } from '../../src/http/routes/index.ts';
import { fetchOpenApi, lintOpenApi, type OpenApiDocument } from '../support/openapi.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/**
 * The two public probes answer no 4xx at all: /healthz (200 or 503) and the CSRF token (200), so
 * Redocly's operation-4xx-response cannot be met honestly there. Nothing else may warn.
 */
const NO_4XX_BY_NATURE = [
  'operation-4xx-response at #/paths/~1healthz/get/responses: Operation must have at least one `4XX` response.',
  'operation-4xx-response at #/paths/~1api~1v1~1auth~1csrf/get/responses: Operation must have at least one `4XX` response.',
];
const SAFE = new Set(['get', 'head', 'options']);

const PUBLIC_CHANGES = new Set([
  '/api/v1/auth/login',
  '/api/v1/auth/password-reset',
  '/api/v1/auth/forgot-password',
]);

describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  before(async () => {
    t = await startTestApp();
    doc = await fetchOpenApi(t.app);
  });
  after(() => t.close());

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it("passes Redocly's recommended rules", async () => {
    assert.deepEqual(await lintOpenApi(doc), NO_4XX_BY_NATURE);
  });

  it('is refused by the linter when an operation has no operationId', async () => {
    const broken = structuredClone(doc);
    delete broken.paths['/api/v1/cases']!.post!.operationId;
    const problems = await lintOpenApi(broken);
    assert.ok(
      problems.some((problem) =>
        problem.startsWith('operation-operationId at #/paths/~1api~1v1~1cases/post'),
      ),
      problems.join('\n'),
    );
  });

  it('names each operation after its route module, one for one', () => {
    const documented = operations()
      .map(({ operation }) => operation.operationId)
      .sort();
    const routes = ROUTES.map((route) => operationIdOf(route.name))
      .filter((id) => id !== 'getOpenapi')
      .sort();
    assert.deepEqual(documented, routes);
  });

  it('documents the problems every state change can answer, as RFC 9457 problems', () => {
    for (const { path, method, operation } of operations()) {
      const responses = operation.responses ?? {};
      // Signing in and choosing a password from a reset link are public: nobody to be unknown or refused.
      if (!SAFE.has(method) && !PUBLIC_CHANGES.has(path)) {
        for (const status of ['401', '403'])
          assert.ok(responses[status], `${method.toUpperCase()} ${path} does not document ${status}`);
      }
      for (const [status, response] of Object.entries(responses)) {
        if (!status.startsWith('4')) continue;
        assert.deepEqual(
          (response as { content?: Record<string, { schema?: unknown }> }).content?.[
            'application/problem+json'
          ]?.schema,
          { $ref: '#/components/schemas/Problem' },
          `${method.toUpperCase()} ${path} ${status}`,
        );
      }
    }
  });

  it('says where the API is and under which license', () => {
    assert.deepEqual(doc.servers, [{ url: '/' }]);
    assert.equal((doc.info as { license?: { identifier?: string } }).license?.identifier, 'AGPL-3.0-only');
  });
});
