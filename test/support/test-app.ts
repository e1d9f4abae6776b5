import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { type AppContext, createAppContext } from '../../src/app/context.ts';
import { LiveHub } from '../../src/app/live/live-hub.ts';
import { buildApp } from '../../src/http/app.ts';
import { createTestDatabase, type TestDatabase } from './test-database.ts';

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  live: LiveHub;
  close(): Promise<void>;
};

/** The real HTTP app on a fresh database, without listening (requests go through `inject`). */
export async function startTestApp(
  options: {
    now?: () => Date;
    database?: TestDatabase;
    webDir?: string;
    clicksPerMinute?: number | false;
    trustProxy?: string;
    /** As when AMENDS_PUBLIC_URL is https://. */
    secureCookies?: boolean;
    /**
     * The real hold of recovery checks after a run of clicks; by default none, so that jobs the app's
     * relay queues are due at once for `runJobs`, whatever the moment the relay runs.
     */
    recoveryHoldMs?: number;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const ctx = await createAppContext({
    database,
    sessionDays: 14,
    publicUrl: 'http://amends.test',
    recoveryHoldMs: options.recoveryHoldMs ?? 0,
    ...(options.now && { now: options.now }),
  });
  const live = new LiveHub();
  await live.start(database.connectionString);
  const app = await buildApp({
    ctx,
    live,
    webDir: options.webDir,
    clicksPerMinute: options.clicksPerMinute ?? false,
    trustProxy: options.trustProxy,
    secureCookies: options.secureCookies,
  });
  await app.ready();
  return {
    app,
    ctx,
    database,
    live,
    async close() {
      await app.close();
      await live.stop();
      if (!options.database) await database.drop();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A signed-in browser, as far as the API can tell: session cookie, CSRF cookie and header. */
export type Client = {
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  cookies: Record<string, string>;
  csrfToken: string;
};

function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
}

function absorbCookies(cookies: Record<string, string>, response: LightMyRequestResponse): void {
  for (const cookie of response.cookies as { name: string; value: string }[])
    cookies[cookie.name] = cookie.value;
}

/** A client with a CSRF token but no session yet. */
export async function anonymousClient(app: FastifyInstance): Promise<Client> {
  const cookies: Record<string, string> = {};
  const csrf = await app.inject({ method: 'GET', url: '/api/v1/auth/csrf' });
  absorbCookies(cookies, csrf);
  const client: Client = {
    cookies,
    csrfToken: csrf.json().csrfToken as string,
    async request(method, url, body, headers = {}) {
      const response = await app.inject({
        method,
        url,
        headers: { cookie: cookieHeader(cookies), 'x-csrf-token': client.csrfToken, ...headers },
        ...(body !== undefined && { payload: body as object }),
      });
      absorbCookies(cookies, response);
      return response;
    },
  };
  return client;
}

/** Signs in through the real login endpoint. */
export async function signIn(app: FastifyInstance, email: string, password: string): Promise<Client> {
  const client = await anonymousClient(app);
  const response = await client.request('POST', '/api/v1/auth/login', { email, password });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return client;
}
