import path from 'node:path';
import type { Env } from '../config/env.ts';
import { canReach, findPostgresUser } from './postgres-user.ts';

/**
 * The data folder of the embedded PostgreSQL. A clone in a private folder (root's /root is mode
 * 700) cannot hold it when we run as root, because PostgreSQL runs as the `postgres` user: then,
 * unless AMENDS_DATA_DIR chose a folder, the data goes to `data` in AMENDS_SHARED_DIR (where
 * PostgreSQL's programs are copied too), and the start says so.
 */
export function embeddedDataDir(env: Env): string {
  if (env.AMENDS_DATA_DIR !== undefined) return env.dataDir;
  const user = findPostgresUser();
  return user && !canReach(user, env.dataDir) ? path.join(env.AMENDS_SHARED_DIR, 'data') : env.dataDir;
}
