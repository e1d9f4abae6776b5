/**
 * Child-process entry for the load generator: autocannon in its own process, so its work does not
 * run on the server's event loop. It is sent the link paths once, then one step at a time; each step
 * POSTs a fixed number of confirmations (`amount`), every one to a link picked at random, and waits
 * for every answer — so the count it reports is every request that got one, none cut off in flight.
 */
import autocannon from 'autocannon';

export type LoadStep = { url: string; connections: number; amount: number; capMs: number };
export type LoadRequest = { type: 'paths'; paths: string[] } | ({ type: 'step' } & LoadStep);
export type LoadResult = {
  connections: number;
  /** 303 See Other: the click is recorded and committed. */
  accepted: number;
  /** Every status code seen, with its count. */
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  elapsedMs: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  /** The step hit its time cap and was stopped: answers still in flight were not counted. */
  cut: boolean;
};
export type LoadReply = { type: 'result'; result: LoadResult } | { type: 'failed'; message: string };

/** Seconds a request may wait for its answer before autocannon counts a timeout. */
const REQUEST_TIMEOUT_S = 10;

let paths: string[] = [];

function runStep(step: LoadStep): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    let lastAnswerAt = startedAt;
    let cut = false;
    const instance = autocannon(
      {
        url: step.url,
        connections: step.connections,
        amount: step.amount,
        timeout: REQUEST_TIMEOUT_S,
        // The run ends on the first sample tick after the last answer: tick often.
        sampleInt: 100,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'source=page',
            setupRequest: (request) => {
              request.path = paths[Math.floor(Math.random() * paths.length)] ?? '/';
              return request;
            },
          },
        ],
      },
      (error, result) => {
        clearTimeout(cap);
        if (error) return reject(error);
        const statuses: Record<string, number> = {};
        for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
          statuses[code] = stat.count ?? 0;
        const latency = result.latency;
        resolve({
          connections: step.connections,
          accepted: statuses['303'] ?? 0,
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
          elapsedMs: lastAnswerAt - startedAt,
          latencyMs: {
            p50: latency.p50,
            p90: latency.p90,
            p99: latency.p99,
            max: latency.max,
            mean: latency.average,
          },
          cut,
        });
      },
    );
    instance.on('response', () => {
      lastAnswerAt = performance.now();
    });
    const cap = setTimeout(() => {
      cut = true;
      instance.stop();
    }, step.capMs);
  });
}

const send = (reply: LoadReply) => process.send?.(reply);

process.on('message', (request: LoadRequest) => {
  if (request.type === 'paths') {
    paths = request.paths;
    return;
  }
  runStep(request).then(
    (result) => send({ type: 'result', result }),
    (error: unknown) => send({ type: 'failed', message: String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
