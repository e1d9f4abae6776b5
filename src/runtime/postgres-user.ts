/**
 * PostgreSQL refuses to run as root. Run as root (a fresh server, a container, CI), the embedded
 * server runs as the `postgres` user instead, and everything it touches — its programs, its data —
 * must be reachable by that user, which a clone under /root (mode 700) is not.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

export type PostgresUser = { uid: number; gid: number };

/** The user the embedded PostgreSQL runs as: undefined when we are not root (it runs as us). */
export function findPostgresUser(): PostgresUser | undefined {
  if (userInfo().uid !== 0) return undefined;
  return readIds() ?? createPostgresUser();
}

function readIds(): PostgresUser | undefined {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return undefined;
  return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
}

function createPostgresUser(): PostgresUser {
  // A system account with no home and no login: it only owns and runs the embedded server.
  if (spawnSync('getent', ['group', 'postgres']).status !== 0)
    spawnSync('groupadd', ['--system', 'postgres']);
  const made = spawnSync(
    'useradd',
    ['--system', '--gid', 'postgres', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres'],
    { encoding: 'utf8' },
  );
  const ids = readIds();
  if (!ids) {
    throw new Error(
      `Amends is running as root, and PostgreSQL refuses root, so it runs as the "postgres" user — which does not exist and could not be created (useradd: ${(made.stderr || made.error?.message || 'failed').trim()}). Create it (useradd --system postgres), or run Amends as a normal user.`,
    );
  }
  return ids;
}

/**
 * Whether `user` can enter `target` (a folder) or run it (a program). A folder that does not exist
 * yet is judged by the nearest one above it that does.
 */
export function canReach(user: PostgresUser, target: string): boolean {
  let existing = path.resolve(target);
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  return spawnSync('test', ['-x', existing], { uid: user.uid, gid: user.gid }).status === 0;
}

/**
 * mkdir -p whose new folders the `postgres` user can enter whatever the umask (a hardened server's
 * 077 would make them private again).
 */
export async function makeFolder(dir: string, user: PostgresUser | undefined): Promise<void> {
  const first = await fs.mkdir(dir, { recursive: true });
  if (!user || !first) return;
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    await fs.chmod(folder, 0o755);
    if (folder === path.resolve(first) || path.dirname(folder) === folder) break;
  }
}
