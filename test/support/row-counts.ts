import { sql } from 'kysely';
import type { Db } from '../../src/store/db.ts';

/**
 * How many rows each table holds (ours and graphile-worker's), by name: compare two of these to show
 * a refused request wrote nothing anywhere.
 */
export async function countRowsOfEveryTable(db: Db): Promise<Record<string, number>> {
  const { rows } = await sql<{ name: string; n: string }>`
    SELECT table_schema || '.' || table_name AS name,
           (xpath('/row/n/text()',
             query_to_xml(format('SELECT count(*) AS n FROM %I.%I', table_schema, table_name), false, true, '')
           ))[1]::text AS n
    FROM information_schema.tables
    WHERE table_schema IN ('public', 'graphile_worker') AND table_type = 'BASE TABLE'
    ORDER BY 1`.execute(db);
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}
