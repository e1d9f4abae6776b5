/**
 * The only module that reads process.env. Everything is parsed once at boot and frozen, and a bad
 * value stops the process with the variable, the rule it broke and how to fix it — a mistyped
 * variable should fail at boot, not at first use.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../core/team/user.ts';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'must be a postgres:// connection URL, e.g. postgres://user@127.0.0.1:5432/amends',
    )
    .optional(),
  AMENDS_DATA_DIR: z.string().min(1).optional(),
  AMENDS_SHARED_DIR: z
    .string()
    .refine((value) => path.isAbsolute(value), 'must be an absolute path, e.g. /var/lib/amends')
    .default('/var/lib/amends'),
  AMENDS_PUBLIC_URL: z.url('must be an absolute URL, e.g. https://amends.example.com').optional(),
  AMENDS_ADMIN_EMAIL: z.email('must be an email address').default('admin@amends.local'),
  AMENDS_ADMIN_PASSWORD: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .optional(),
  AMENDS_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  AMENDS_WORKER: z.enum(['on', 'off']).default('on'),
  AMENDS_TRUST_PROXY: z
    .string()
    .refine(
      (value) => value.split(',').every((entry) => isProxyAddress(entry.trim())),
      'must list the proxies in front of Amends, comma-separated: addresses, CIDR ranges (10.0.0.0/8) or loopback, linklocal, uniquelocal',
    )
    .default('loopback'),
  AMENDS_CLICKS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\/([^@\s]+@)?[^@\s/:?]+(:\d+)?\/?(\?\S*)?$/,
      'must be smtp://host:port (STARTTLS when offered) or smtps://host:465 (TLS), with user:password@ before the host when the server needs a login; URL-encode special characters in the password; nodemailer options may follow as ?name=value',
    )
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^([^<>\r\n"]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/,
      'must be an address, e.g. surveys@example.com, or a name and an address: Example Shop <surveys@example.com>',
    )
    .optional(),
  MAIL_REPLY_TO: z.email('must be an address, e.g. support@example.com').optional(),
  SMTP_IN_PORT: z.coerce
    .number()
    .int()
    .min(1)
    .max(65535, 'must be a port number, e.g. 25 (as root) or 2525 behind a port forward')
    .optional(),
  SMTP_IN_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_IN_TLS_KEY: z
    .string()
    .refine((value) => path.isAbsolute(value), 'must be an absolute path to a PEM private key')
    .optional(),
  SMTP_IN_TLS_CERT: z
    .string()
    .refine((value) => path.isAbsolute(value), 'must be an absolute path to a PEM certificate chain')
    .optional(),
  /** DKIM: all three (the key as PEM text, or DKIM_PRIVATE_KEY_FILE naming a PEM file) sign every mail. */
  DKIM_DOMAIN: z
    .string()
    .regex(/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'must be the domain that signs, e.g. example.com')
    .optional(),
  DKIM_SELECTOR: z
    .string()
    .regex(
      /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*$/,
      'must be a DNS label, e.g. amends (published at amends._domainkey.<domain>)',
    )
    .optional(),
  DKIM_PRIVATE_KEY: z.string().min(1).optional(),
  DKIM_PRIVATE_KEY_FILE: z
    .string()
    .refine((value) => path.isAbsolute(value), 'must be an absolute path to a PEM file')
    .optional(),
  IMAP_URL: z
    .string()
    .regex(
      /^imaps?:\/\/[^:@\s/]+:[^@\s/]*@[^@\s/:?]+(:\d+)?(\/[^\s?]*)?$/,
      'must be imaps://user:password@imap.example.com:993/INBOX (TLS) or imap://user:password@host:143/INBOX (STARTTLS when offered), the folder after the host (INBOX when none); URL-encode special characters in the user and password, e.g. @ as %40',
    )
    .optional(),
  IMAP_MOVE_TO: z.string().min(1).optional(),
  IMAP_POLL_SECONDS: z.coerce
    .number()
    .int()
    .min(5, 'must be at least 5 (seconds): a mail server may cut clients that poll faster')
    .max(3600)
    .default(60),
});

/** The IMAP mailbox Amends reads (IMAP_URL), split into what the client needs. */
export type ImapMailboxConfig = {
  host: string;
  port: number;
  /** TLS from the start (imaps://); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  password: string;
  /** The folder read, e.g. INBOX. */
  folder: string;
  /** What names the mailbox in the database: user@host/folder (changing any of them starts afresh). */
  name: string;
  /** Where a taken mail is moved (IMAP_MOVE_TO); undefined: it is marked read where it is. */
  moveTo: string | undefined;
  pollSeconds: number;
};

export type Env = Readonly<
  z.infer<typeof schema> & {
    /**
     * Absolute path of the data folder (embedded PostgreSQL lives in `<dataDir>/pg`): AMENDS_DATA_DIR,
     * or `./data` — which runtime/data-dir.ts moves when, as root, PostgreSQL could not reach it.
     */
    dataDir: string;
    /** True when cookies must carry `Secure` (the public URL is https). */
    secureCookies: boolean;
    /** The sender of every outbound email: MAIL_FROM, or a placeholder while mail stays in the outbox. */
    mailFrom: { name: string; address: string };
    /**
     * The mailbox customers' replies reach (MAIL_REPLY_TO, else MAIL_FROM's address): each case's
     * reply address is it with a plus tag (core/case/case-links.ts).
     */
    replyMailbox: string;
    /** DKIM signing of outbound mail, when DKIM_DOMAIN, DKIM_SELECTOR and a key are set. */
    dkim: { domainName: string; keySelector: string; privateKey: string } | undefined;
    /** The IMAP mailbox to read replies from; undefined without IMAP_URL. */
    imap: ImapMailboxConfig | undefined;
  }
>;

/** The sender while no SMTP server is configured: nothing leaves, so it only labels the outbox. */
export const OUTBOX_SENDER = { name: 'Amends', address: 'amends@localhost' };

/** Parses an environment. Throws an Error whose message lists every bad variable and how to fix it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema
    .refine((env) => !env.SMTP_URL || env.MAIL_FROM, {
      path: ['MAIL_FROM'],
      message:
        'must be set when SMTP_URL is: the address your mail goes out from, e.g. Example Shop <surveys@example.com>',
    })
    // Mail carries links (rating, unsubscribe) built from the public URL; sent off this machine with
    // the http://localhost fallback, they open nowhere, and nobody finds out until customers don't answer.
    .refine((env) => !env.SMTP_URL || env.AMENDS_PUBLIC_URL, {
      path: ['AMENDS_PUBLIC_URL'],
      message:
        'must be set when SMTP_URL is: the links in the mail Amends sends are built from it, and without it they point at http://localhost, which no recipient can open. Set the address people reach Amends at, e.g. AMENDS_PUBLIC_URL=https://amends.example.com',
    })
    .refine((env) => !env.SMTP_URL || !env.AMENDS_PUBLIC_URL || !isLoopbackUrl(env.AMENDS_PUBLIC_URL), {
      path: ['AMENDS_PUBLIC_URL'],
      message:
        'names this machine only (localhost), while SMTP_URL sends mail to others: the links in it would open nowhere. Set the address people reach Amends at, e.g. AMENDS_PUBLIC_URL=https://amends.example.com',
    })
    // Case reply addresses are the reply mailbox with a tag: without a mailbox of the business's own
    // they would be at `localhost`, which no customer's mail can reach.
    .refine((env) => !env.SMTP_IN_PORT || env.MAIL_REPLY_TO || env.MAIL_FROM, {
      path: ['MAIL_REPLY_TO'],
      message:
        'must be set when SMTP_IN_PORT is: the mailbox customers reply to, e.g. MAIL_REPLY_TO=support@example.com, at a domain whose MX points at this machine. Each case replies from it with a tag (support+…@example.com).',
    })
    .refine((env) => !env.IMAP_URL || env.MAIL_REPLY_TO || env.MAIL_FROM, {
      path: ['MAIL_REPLY_TO'],
      message:
        'must be set when IMAP_URL is: the address of that mailbox, e.g. MAIL_REPLY_TO=support@example.com. Each case replies from it with a tag (support+…@example.com), which its provider delivers to the same mailbox.',
    })
    // STARTTLS needs both halves; one alone is a typo that would silently leave mail unencrypted.
    .refine((env) => !env.SMTP_IN_TLS_KEY === !env.SMTP_IN_TLS_CERT, {
      path: ['SMTP_IN_TLS_CERT'],
      message:
        'SMTP_IN_TLS_KEY and SMTP_IN_TLS_CERT go together: set both (PEM files) to offer STARTTLS, or neither',
    })
    .refine(
      (env) => {
        const set = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY ?? env.DKIM_PRIVATE_KEY_FILE];
        return set.every((v) => v === undefined) || set.every((v) => v !== undefined);
      },
      {
        path: ['DKIM_DOMAIN'],
        message:
          'DKIM needs DKIM_DOMAIN, DKIM_SELECTOR and a private key (DKIM_PRIVATE_KEY as PEM text, or DKIM_PRIVATE_KEY_FILE), all three or none. Make a key with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out dkim.pem',
      },
    )
    .refine((env) => !(env.DKIM_PRIVATE_KEY && env.DKIM_PRIVATE_KEY_FILE), {
      path: ['DKIM_PRIVATE_KEY_FILE'],
      message: 'set DKIM_PRIVATE_KEY or DKIM_PRIVATE_KEY_FILE, not both',
    })
    .safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(
      `Amends: bad configuration.\n${lines.join('\n')}\nFix the variables above (see the configuration table in README.md) and start again.`,
    );
  }
  const env = result.data;
  return Object.freeze({
    ...env,
    dataDir: path.resolve(env.AMENDS_DATA_DIR ?? 'data'),
    secureCookies: env.AMENDS_PUBLIC_URL?.startsWith('https://') ?? false,
    mailFrom: env.MAIL_FROM ? parseSender(env.MAIL_FROM) : OUTBOX_SENDER,
    replyMailbox: env.MAIL_REPLY_TO ?? (env.MAIL_FROM ? parseSender(env.MAIL_FROM) : OUTBOX_SENDER).address,
    dkim: dkimOf(env),
    imap: env.IMAP_URL ? parseImapUrl(env.IMAP_URL, env.IMAP_MOVE_TO, env.IMAP_POLL_SECONDS) : undefined,
  });
}

/** The DKIM signing key, read and checked at boot: a key that cannot sign fails the start, not every mail. */
function dkimOf(env: z.infer<typeof schema>): Env['dkim'] {
  if (!env.DKIM_DOMAIN || !env.DKIM_SELECTOR) return undefined;
  let privateKey = env.DKIM_PRIVATE_KEY?.replace(/\\n/g, '\n');
  if (env.DKIM_PRIVATE_KEY_FILE) {
    try {
      privateKey = readFileSync(env.DKIM_PRIVATE_KEY_FILE, 'utf8');
    } catch (error) {
      throw new Error(
        `Amends: bad configuration.\n  DKIM_PRIVATE_KEY_FILE: cannot be read (${(error as Error).message}).\nFix the variable (see the configuration table in README.md) and start again.`,
      );
    }
  }
  try {
    createPrivateKey(privateKey ?? '');
  } catch {
    throw new Error(
      'Amends: bad configuration.\n  DKIM_PRIVATE_KEY: is not a private key in PEM form (-----BEGIN PRIVATE KEY----- …). Make one with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out dkim.pem\nFix the variable (see the configuration table in README.md) and start again.',
    );
  }
  return { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: privateKey ?? '' };
}

function parseImapUrl(value: string, moveTo: string | undefined, pollSeconds: number): ImapMailboxConfig {
  const url = new URL(value);
  const secure = url.protocol === 'imaps:';
  const host = url.hostname.toLowerCase();
  const user = decodeURIComponent(url.username);
  const folder = decodeURIComponent(url.pathname.replace(/^\/+/, '')) || 'INBOX';
  return {
    host,
    port: url.port ? Number(url.port) : secure ? 993 : 143,
    secure,
    user,
    password: decodeURIComponent(url.password),
    folder,
    name: `${user}@${host}/${folder}`,
    moveTo,
    pollSeconds,
  };
}

/** An entry of AMENDS_TRUST_PROXY: an address, a CIDR range, or a name proxy-addr knows. */
function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d+$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}

/** A URL only this machine can open: localhost, 127.x.x.x, ::1 (and 0.0.0.0, which browsers treat alike). */
function isLoopbackUrl(value: string): boolean {
  const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '::1' ||
    host === '0.0.0.0' ||
    (isIP(host) === 4 && host.startsWith('127.'))
  );
}

/** `Example Shop <surveys@example.com>` → its name and address; a bare address has an empty name. */
function parseSender(value: string): { name: string; address: string } {
  const match = /^(.*)<([^<>]+)>$/.exec(value.trim());
  if (!match) return { name: '', address: value.trim() };
  return { name: (match[1] ?? '').trim(), address: (match[2] ?? '').trim() };
}

let cached: Env | undefined;

/** The process environment, parsed on first use and frozen. */
export function loadEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Variables the test harness hands to test processes; read here so nothing else touches process.env. */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The migrated template database `npm test` prepares for each test file to clone. */
export function testTemplateDatabase(): string | undefined {
  return process.env.AMENDS_TEST_TEMPLATE || undefined;
}
