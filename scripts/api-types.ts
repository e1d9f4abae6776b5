/**
 * Writes web/src/api/schema.ts, the TypeScript types of /api/openapi.json, with openapi-typescript
 * (the types openapi-fetch is typed by). test/http/api-types.integration.test.ts fails when the
 * file and the live document differ, so the description and the server cannot drift apart.
 *
 *   npm run api-types
 */
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import path from 'node:path';
import { describeApi } from './api-document.ts';

export const API_TYPES_FILE = path.resolve(import.meta.dirname, '../web/src/api/schema.ts');
export const API_TYPES_COMMAND = 'npm run api-types';

// openapi-typescript builds its output with TypeScript 5's compiler API, which the TypeScript 7 we
// typecheck with no longer has: give it the typescript5 package (an npm alias) instead.
registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'typescript' && context.parentURL?.includes('/node_modules/openapi-typescript/'))
      return nextResolve('typescript5', context);
    return nextResolve(specifier, context);
  },
});

/** The types file for this document, exactly as the command writes it. */
export async function renderApiTypes(document: Record<string, unknown>): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as never, { alphabetize: false });
  return `// Generated from /api/openapi.json by \`${API_TYPES_COMMAND}\`: do not edit.\n${astToString(ast)}`;
}

if (import.meta.main) {
  writeFileSync(API_TYPES_FILE, await renderApiTypes(await describeApi()));
  console.log(`wrote ${path.relative(process.cwd(), API_TYPES_FILE)}`);
}
