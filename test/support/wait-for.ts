/**
 * Resolves with `check`'s first truthy answer, asking again every 20 ms: for what arrives on its own
 * time (a live message, a job's effect). Fails after `timeoutMs` rather than waiting for ever.
 */
export async function waitFor<T>(check: () => T | undefined, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
