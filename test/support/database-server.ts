import pg from 'pg';

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Drops (and unless `drop`, recreates) a database, from the server's maintenance connection. */
export async function resetDatabase(
  serverUrl: string,
  database: string,
  options: { drop?: boolean; template?: string } = {},
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    if (!options.drop) {
      const template = options.template ? ` TEMPLATE ${client.escapeIdentifier(options.template)}` : '';
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${template}`);
    }
  } finally {
    await client.end();
  }
}
