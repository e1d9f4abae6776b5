import assert from 'node:assert/strict';
import net, { type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { parseEnv } from '../../src/config/env.ts';
import { type Running, startAmends } from '../../src/runtime/start.ts';
import { rawMail, sendRaw } from '../support/mail-in.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/** A port free right now (the listener takes it a moment later). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('npm start with SMTP_IN_PORT', () => {
  let database: TestDatabase;
  let running: Running | undefined;
  let port: number;
  const lines: string[] = [];
  before(async () => {
    database = await createTestDatabase();
    port = await freePort();
    running = await startAmends(
      parseEnv({
        DATABASE_URL: database.connectionString,
        PORT: '0',
        SMTP_IN_PORT: String(port),
        MAIL_REPLY_TO: 'support@shop.test',
        AMENDS_WORKER: 'off',
        AMENDS_ADMIN_PASSWORD: 'a first admin password',
        LOG_LEVEL: 'silent',
      }),
      (line) => lines.push(line),
    );
  });
  after(async () => {
    await running?.stop();
    await database.drop();
  });

  it('takes replies for the reply mailbox on that port and keeps them, saying so at start', async () => {
    assert.ok(
      lines.some((line) => line.includes(`Mail in: SMTP on 127.0.0.1:${port}`)),
      lines.join('\n'),
    );
    const { response } = await sendRaw(port, rawMail({}), { to: ['support+x@shop.test'] });
    const id = /queued as ([0-9a-f-]{36})/.exec(response)?.[1] ?? '';
    const row = await database.db
      .selectFrom('inbound_emails')
      .select(['status', 'envelope_to'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'received', envelope_to: ['support+x@shop.test'] });
    await assert.rejects(sendRaw(port, rawMail({}), { to: ['someone@elsewhere.test'] }), /550/);
  });
});
