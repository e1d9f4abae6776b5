/**
 * A route's OpenAPI operationId is its module's export name without the `Route` suffix
 * (`listCasesRoute` → `listCases`), so generated clients get the same method names as our files.
 */
export function operationIdOf(exportName: string): string {
  const id = exportName.replace(/Route$/, '');
  if (!/^[a-z][A-Za-z0-9]*$/.test(id)) {
    throw new Error(
      `A route must be a named export in camelCase to name its operation; got "${exportName}".`,
    );
  }
  return id;
}
