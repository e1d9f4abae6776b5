import type { AppContext } from '../src/app/context.ts';
import { LiveHub } from '../src/app/live/live-hub.ts';
import { buildApp } from '../src/http/app.ts';

/**
 * The OpenAPI document as the server describes itself, without a database: describing the API
 * touches no use case, so a context that throws on any use proves the document needs none.
 */
export async function describeApi(): Promise<Record<string, unknown>> {
  const unusedContext = new Proxy({} as AppContext, {
    get(_target, property) {
      throw new Error(`describing the API must not use the database (it read ctx.${String(property)})`);
    },
  });
  const app = await buildApp({ ctx: unusedContext, live: new LiveHub(), webDir: undefined });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
