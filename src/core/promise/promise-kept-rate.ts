/**
 * How well promises are kept: of the promises that came to an end in a period, the share kept. A
 * renegotiated promise has not ended — the promise that replaced it will be kept or broken — so it
 * counts in neither; it is reported beside the rate, because renegotiating often is a sign too.
 * Undefined when nothing was kept or broken: no rate is better than a made-up 0 % or 100 %.
 * @example promiseKeptRate({ kept: 3, broken: 1 }) // 0.75
 */
export function promiseKeptRate(counts: { kept: number; broken: number }): number | undefined {
  const ended = counts.kept + counts.broken;
  return ended === 0 ? undefined : counts.kept / ended;
}
