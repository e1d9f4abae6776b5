/**
 * `npm run bench -- reply-text`: how often each candidate finds the visible reply of an email the way
 * the five reply-parser suites in ../shared/data/emails expect it, and what src/mail/in/visible-reply.ts
 * (crisp's email-reply-parser inside a wrapper) gets. Writes bench/results/reply-text.json.
 *
 * What counts as a case, per suite (each suite defines "the reply" its own way, and is judged by
 * its own expectation):
 * - every fixture in its expected_reply_text.json: the reply must equal the expected text after
 *   CR LF → LF, trailing spaces on each line removed, and the whole trimmed (the suites compare
 *   `strip()`ped or right-trimmed text; the github gem strips trailing spaces per line);
 * - a template fixture (crisp's email_with_date_headers: 17 quote headers in 12 languages) counts
 *   once per header it lists;
 * - fixtures whose tests only say what the reply contains or must not contain (zapier's partial
 *   quote header, willdurand's two Zimbra mails) count as one case each.
 * Fixtures with only fragment-structure assertions (fragment counts, flags) say nothing about a
 * single reply text and are left out.
 *
 * The suites disagree in places (crisp keeps the sign-off "-Abhishek Kona", github drops it;
 * discourse keeps "Best regards, Jef" and a quote-only mail, crisp drops them; willdurand drops
 * the quotes of an interleaved reply, discourse keeps them), so no extractor passes all.
 * Skips, and exits 0, when ../shared/data is not there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..');
export const emailsDir = path.resolve(repo, '../shared/data/emails');
const resultsFile = path.join(repo, 'bench/results/reply-text.json');

/** Each suite: its folder, and the folder of its mail bodies. */
export const REPLY_SUITES = {
  crisp: ['crisp_email_reply_parser', 'fixtures'],
  discourse: ['discourse_email_reply_trimmer', 'emails'],
  github: ['github_email_reply_parser', 'emails'],
  willdurand: ['willdurand_email_reply_parser', 'fixtures'],
  zapier: ['zapier_email_reply_parser', 'emails'],
} as const;
export type ReplySuite = keyof typeof REPLY_SUITES;

export type ReplyCase = {
  name: string;
  body: string;
  expected: { equals: string } | { contains: string[]; excludes: string[] };
};

type Assertion = {
  kind: string;
  index?: number;
  value?: unknown;
  placeholder?: string;
  substitutions?: string[];
};

/** The reply cases of every suite (see the top of this file for what counts). */
export function loadReplyCases(dir = emailsDir): Record<ReplySuite, ReplyCase[]> {
  const entries = Object.entries(REPLY_SUITES).map(([suite, [folder, bodies]]) => {
    const read = (name: string) => readFileSync(path.join(dir, folder, name), 'utf8');
    const expectedText: Record<string, string> = JSON.parse(read('expected_reply_text.json'));
    const fixtures: Record<string, { assertions?: Assertion[] }> = JSON.parse(
      read('expectations.json'),
    ).fixtures;
    // Discourse's test strips the mail before trimming it.
    const body = (file: string) => {
      const text = read(path.join(bodies, file));
      return suite === 'discourse' ? text.trim() : text;
    };
    const cases: ReplyCase[] = [];
    for (const [file, equals] of Object.entries(expectedText)) {
      const template = fixtures[file]?.assertions?.find((a) => a.kind === 'template');
      if (!template?.placeholder || !template.substitutions) {
        cases.push({ name: file, body: body(file), expected: { equals } });
        continue;
      }
      for (const header of template.substitutions) {
        const filled = body(file).replace(template.placeholder, header);
        cases.push({ name: `${file} [${header}]`, body: filled, expected: { equals } });
      }
    }
    for (const [file, { assertions = [] }] of Object.entries(fixtures)) {
      if (file in expectedText) continue;
      const values = (kinds: string[]) =>
        assertions
          .filter((a) => kinds.includes(a.kind) && (a.index === undefined || a.index === 0))
          .map((a) => String(a.value));
      const contains = values(['reply_contains', 'fragment_contains']);
      const excludes = values(['fragment_not_contains']);
      if (contains.length + excludes.length > 0)
        cases.push({ name: file, body: body(file), expected: { contains, excludes } });
    }
    return [suite, cases];
  });
  return Object.fromEntries(entries) as Record<ReplySuite, ReplyCase[]>;
}

/** CR LF → LF, no trailing spaces on a line, trimmed: how the suites compare reply texts. */
export function normaliseReply(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

export function isExpectedReply(replyCase: ReplyCase, reply: string): boolean {
  const { expected } = replyCase;
  if ('equals' in expected) return normaliseReply(reply) === normaliseReply(expected.equals);
  return (
    expected.contains.every((v) => reply.includes(v)) && expected.excludes.every((v) => !reply.includes(v))
  );
}

export type SuiteResult = { passed: number; cases: number; failed: string[] };

/** Every suite's pass count for one extractor (a throw fails its case). */
export function passRates(
  cases: Record<ReplySuite, ReplyCase[]>,
  extract: (body: string) => string,
): Record<ReplySuite, SuiteResult> {
  const results = Object.entries(cases).map(([suite, list]) => {
    const failed = list
      .filter((c) => {
        try {
          return !isExpectedReply(c, extract(c.body));
        } catch {
          return true;
        }
      })
      .map((c) => c.name);
    return [suite, { passed: list.length - failed.length, cases: list.length, failed }];
  });
  return Object.fromEntries(results) as Record<ReplySuite, SuiteResult>;
}

type Candidate = { library: string; version: string; note: string; extract: (body: string) => string };

async function loadCandidates(): Promise<Candidate[]> {
  const require = createRequire(import.meta.url);
  // Read from node_modules directly: email-reply-parser's `exports` do not list its package.json.
  const version = (name: string) =>
    JSON.parse(readFileSync(path.join(repo, 'node_modules', name, 'package.json'), 'utf8')).version as string;
  const { default: EmailReplyParser } = await import('email-reply-parser');
  const { extractVisibleReply } = await import('../src/mail/in/visible-reply.ts');
  const nodeEmailReplyParser: (
    text: string,
    visibleOnly: true,
  ) => string = require('node-email-reply-parser');
  const planer: { extractFrom(text: string, type: 'text/plain'): string } = require('planer');
  return [
    {
      library: 'email-reply-parser',
      version: version('email-reply-parser'),
      note: 'crisp-oss, alone: new EmailReplyParser().read(text).getVisibleText()',
      extract: (text) => new EmailReplyParser().read(text).getVisibleText(),
    },
    {
      library: 'node-email-reply-parser',
      version: version('node-email-reply-parser'),
      note: 't2bot, alone: parse(text, true)',
      extract: (text) => nodeEmailReplyParser(text, true),
    },
    {
      library: 'planer',
      version: version('planer'),
      note: "lever's port of Mailgun's talon, text mode (its HTML mode needs a DOM; the suites are text)",
      extract: (text) => planer.extractFrom(text, 'text/plain'),
    },
    {
      library: 'visible-reply.ts',
      version: `email-reply-parser ${version('email-reply-parser')} + wrapper`,
      note: 'src/mail/in/visible-reply.ts: what Amends uses',
      extract: (text) => extractVisibleReply({ text, html: undefined }),
    },
  ];
}

/** The github suite's two ReDoS fixtures must each take under a second; so must 1 MB of hostile lines. */
function timings(extract: (body: string) => string): Record<string, number> {
  const github = path.join(emailsDir, REPLY_SUITES.github[0], REPLY_SUITES.github[1]);
  const hostile = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const inputs: Record<string, () => string> = {
    'github email_long_quote.txt (767 KB)': () =>
      readFileSync(path.join(github, 'email_long_quote.txt'), 'utf8'),
    'github pathological.txt': () => readFileSync(path.join(github, 'pathological.txt'), 'utf8'),
    '1 MB of "abc. x skrev" lines': () => hostile('abc. x skrev\n'),
    '1 MB of "Op x schreef" lines': () => hostile('Op x schreef\n'),
  };
  return Object.fromEntries(
    Object.entries(inputs).map(([name, input]) => {
      const body = input();
      const start = performance.now();
      extract(body);
      return [name, Math.round(performance.now() - start)];
    }),
  );
}

export async function main(args: string[] = []): Promise<void> {
  if (!existsSync(emailsDir)) {
    console.log(`Skipped: ${emailsDir} (../shared/data/emails) is not here, so there is nothing to measure.`);
    return;
  }
  const cases = loadReplyCases();
  const candidates = await loadCandidates();
  const results = candidates.map((candidate) => ({
    ...candidate,
    suites: passRates(cases, candidate.extract),
  }));
  const table = Object.fromEntries(
    results.map((r) => [
      r.library,
      Object.fromEntries(Object.entries(r.suites).map(([suite, s]) => [suite, `${s.passed}/${s.cases}`])),
    ]),
  );
  console.table(table);
  if (args.includes('--failures')) {
    for (const r of results)
      for (const [suite, s] of Object.entries(r.suites)) console.log(r.library, suite, s.failed);
  }
  const ours = candidates.at(-1);
  // The bare library needs minutes on the hostile inputs (without the optional native re2), so only ours is timed.
  const time = ours ? timings(ours.extract) : {};
  console.log('visible-reply.ts, ms:', time);
  const json = {
    command: 'npm run bench -- reply-text',
    measured_at: new Date().toISOString().slice(0, 10),
    node: process.version,
    judged_by:
      'bench/reply-text.ts: each suite by its own expectation; texts compared after CR LF → LF, trailing spaces per line removed, trimmed',
    libraries: results.map((r) => ({
      library: r.library,
      version: r.version,
      note: r.note,
      suites: Object.fromEntries(
        Object.entries(r.suites).map(([suite, s]) => [
          suite,
          {
            passed: s.passed,
            cases: s.cases,
            rate: Number((s.passed / s.cases).toFixed(4)),
            failed: s.failed,
          },
        ]),
      ),
    })),
    visible_reply_ms: time,
  };
  writeFileSync(resultsFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Wrote ${path.relative(repo, resultsFile)}`);
}
