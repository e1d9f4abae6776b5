import { createConfig, lintFromString, type NormalizedProblem } from '@redocly/openapi-core';
import type { FastifyInstance } from 'fastify';

export type OpenApiDocument = {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
} & Record<string, unknown>;

/** /api/openapi.json as the running app serves it. */
export async function fetchOpenApi(app: FastifyInstance): Promise<OpenApiDocument> {
  return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
}

/** Redocly's recommended ruleset, offline: each problem as "rule at pointer: message". */
export async function lintOpenApi(document: object): Promise<string[]> {
  const config = await createConfig({ extends: ['recommended'] });
  const problems: NormalizedProblem[] = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: 'openapi.json',
    config,
  });
  return problems.map(
    (problem) => `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}: ${problem.message}`,
  );
}
