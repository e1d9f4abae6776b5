import { randomBytes } from 'node:crypto';
import { testDatabaseUrl, testTemplateDatabase } from '../../src/config/env.ts';
import { createDb, type DbHandle } from '../../src/store/db.ts';
import { databaseUrl, resetDatabase } from './database-server.ts';

export type TestDatabase = DbHandle & { name: string; drop(): Promise<void> };

/**
 * A fresh, fully migrated database for one test file, cloned from the template `npm test` prepared.
 * Run tests through `npm test` (it starts the database); a bare `node --test` has none.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testDatabaseUrl();
  const template = testTemplateDatabase();
  if (!serverUrl || !template) {
    throw new Error(
      'No test database: run tests with `npm test` (or `npm test -- <file>`), which starts PostgreSQL and sets TEST_DATABASE_URL.',
    );
  }
  const name = `amends_t_${randomBytes(6).toString('hex')}`;
  await resetDatabase(serverUrl, name, { template });
  const handle = createDb(databaseUrl(serverUrl, name), { max: 5 });
  return {
    ...handle,
    name,
    async drop() {
      await handle.db.destroy();
      await resetDatabase(serverUrl, name, { drop: true });
    },
  };
}
