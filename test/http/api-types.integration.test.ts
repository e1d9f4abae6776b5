import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { API_TYPES_COMMAND, API_TYPES_FILE, renderApiTypes } from '../../scripts/api-types.ts';
import { fetchOpenApi } from '../support/openapi.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

describe('the generated API types', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());

  it('match the document the server serves', async () => {
    const expected = await renderApiTypes(await fetchOpenApi(t.app));
    const checkedIn = readFileSync(API_TYPES_FILE, 'utf8');
    assert.ok(
      checkedIn === expected,
      `web/src/api/schema.ts is out of date with /api/openapi.json: run \`${API_TYPES_COMMAND}\` and commit it.`,
    );
  });
});
