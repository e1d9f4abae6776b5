import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { LiveHub } from '../../src/app/live/live-hub.ts';
import { buildApp } from '../../src/http/app.ts';
import { findFreePort } from '../../src/runtime/embedded-postgres.ts';
import { createDb, type DbHandle } from '../../src/store/db.ts';

describe('health when the database is gone', () => {
  let app: FastifyInstance;
  let handle: DbHandle;
  before(async () => {
    // A port nothing listens on: every query fails at once.
    handle = createDb(`postgres://nobody@127.0.0.1:${await findFreePort()}/none`);
    app = await buildApp({
      ctx: {
        db: handle.db,
        pool: handle.pool,
        connectionString: handle.connectionString,
        now: () => new Date(),
        sessionDays: 1,
        linkSecret: 'unused',
        publicUrl: 'http://amends.test',
        recoveryHoldMs: 0,
        replyMailbox: 'replies@amends.test',
      },
      live: new LiveHub(),
      webDir: undefined,
    });
  });
  after(async () => {
    await app.close();
    await handle.db.destroy();
  });

  it('answers /healthz with 503', async () => {
    const response = await app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(response.statusCode, 503);
    assert.deepEqual(response.json(), { status: 'unavailable' });
  });
});
