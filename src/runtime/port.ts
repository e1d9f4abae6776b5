import net from 'node:net';

/**
 * Fails before anything is created (no database, no data folder) when the HTTP port cannot be
 * had, with the command that would work; `app.listen` later reports the same way if another
 * program takes the port in between.
 */
export async function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const problem = await tryListen(host, port);
  if (problem) throw new Error(await portMessage(host, port, problem));
}

/** A person's sentence for a port we could not listen on (EADDRINUSE, EACCES …), with what to do. */
export async function portMessage(host: string, port: number, code: string): Promise<string> {
  let free: number | undefined;
  for (let candidate = port + 1; candidate <= port + 10 && candidate <= 65535 && !free; candidate++) {
    if (!(await tryListen(host, candidate))) free = candidate;
  }
  const what =
    code === 'EADDRINUSE'
      ? `Port ${port} on ${host} is already in use (another Amends, or another program).`
      : code === 'EACCES'
        ? `Port ${port} on ${host} needs more privileges than this process has (ports below 1024 do).`
        : `Cannot listen on port ${port} on ${host} (${code}).`;
  return `${what} Stop what holds it, or start on another port: PORT=${free ?? 0} npm start${free ? '' : ' (0 picks a free one)'}.`;
}

/** Undefined when the port could be had (and is released again), else the error code. */
function tryListen(host: string, port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(undefined)));
  });
}
