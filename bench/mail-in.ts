/**
 * `npm run bench -- mail-in`: inbound mail alone (bench/support/inbound-mail.ts), SMTP DATA to a
 * threaded timeline row, beside a bare smtp-server that only stores the raw bytes. The issue's aims:
 * at least 50 % of the bare server's rate, p99 under 1 s at 50 mails/s. Writes
 * bench/results/mail-in.json (every round, with the CPU each process spent per mail); `npm run bench
 * -- mail` runs the same after the outbox and writes its figures into bench/results/mail.json.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureInbound } from './support/inbound-mail.ts';

const resultsFile = path.resolve(import.meta.dirname, 'results/mail-in.json');

export async function main(): Promise<void> {
  const started = performance.now();
  const figures = await measureInbound({ log: console.log });
  const ratio = figures.inbound_msgs_per_s / figures.bare_inbound_msgs_per_s;
  console.log('\nInbound mail, SMTP DATA → threaded timeline row');
  console.log(
    `  full speed:     ${figures.inbound_msgs_per_s} mails/s (bare smtp-server storing raw bytes: ${figures.bare_inbound_msgs_per_s}/s, ratio ${ratio.toFixed(2)}; aim ≥ 0.50)`,
  );
  console.log(
    `  at 50 mails/s:  p50 ${figures.inbound_p50_ms} ms, p99 ${figures.inbound_p99_ms} ms (aim: p99 < 1000 ms)`,
  );
  console.log(`  at full speed:  p50 ${figures.full_speed_p50_ms} ms, p99 ${figures.full_speed_p99_ms} ms`);
  console.log(
    `  rounds (ours / bare): ${figures.rounds.map((r) => `${r.inbound_msgs_per_s}/${r.bare_inbound_msgs_per_s} = ${r.ratio.toFixed(2)}`).join(', ')}; the median counts`,
  );
  writeFileSync(
    resultsFile,
    `${JSON.stringify(
      {
        ...figures,
        ratio: Math.round(ratio * 100) / 100,
        machine: {
          cpus: os.cpus().length,
          load: os
            .loadavg()
            .map((n) => n.toFixed(2))
            .join(' '),
        },
        seconds: Math.round((performance.now() - started) / 1000),
        measured_at: new Date().toISOString(),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${path.relative(process.cwd(), resultsFile)}.`);
}
