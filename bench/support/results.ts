import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes a benchmark's figures into its results file, keeping the keys other runs wrote there (the
 * mail benchmark's outbound figures and, later, its inbound ones share bench/results/mail.json).
 */
export function mergeResults(file: string, figures: Record<string, unknown>): Record<string, unknown> {
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  const merged = { ...earlier, ...figures };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
