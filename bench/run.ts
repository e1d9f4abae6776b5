/**
 * `npm run bench -- <name>`: runs the exported `main()` of bench/<name>.ts. Benchmarks are not
 * tests: they measure, print, and write their figures to bench/results/<name>.json.
 * Without a name, or with an unknown one, it lists the benchmarks there are.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';

const here = import.meta.dirname;
const available = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && file !== 'run.ts')
  .map((file) => file.slice(0, -'.ts'.length))
  .sort();
const [name, ...args] = process.argv.slice(2);

if (!name || !available.includes(name)) {
  const out = name ? console.error : console.log;
  if (name) out(`There is no benchmark called "${name}".`);
  out(`Usage: npm run bench -- <name>\nBenchmarks: ${available.join(', ') || '(none yet)'}`);
  process.exit(name ? 1 : 0);
}

const benchmark: { main?: (args: string[]) => unknown } = await import(path.join(here, `${name}.ts`));
if (typeof benchmark.main !== 'function') {
  console.error(`bench/${name}.ts exports no main(), so it cannot be run as a benchmark.`);
  process.exit(1);
}
await benchmark.main(args);
