import type { SwaggerOptions } from '@fastify/swagger';
import type { RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { idempotencyKeyHeader } from '../schemas/idempotency-key.ts';
import { problemResponses, problemStatusesOf } from './problem-responses.ts';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type OpenApiObject = ReturnType<typeof jsonSchemaTransformObject>;

/**
 * What /api/openapi.json says beyond the routes' own schemas: who we are, where the API is, how to
 * authenticate, and for each route the problems it can answer and the Idempotency-Key it accepts.
 */
export const openapiOptions: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'Amends API',
      version: '1',
      description:
        'Service recovery: cases with one owner, one story. Authenticate with `Authorization: Bearer <API token>`, or the session cookie plus `x-csrf-token` for state changes. Errors are RFC 9457 problem+json with a stable `code`. Calls that create accept an `Idempotency-Key` header: the same key with the same request answers what the first did and creates nothing new.',
      license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
    },
    // Relative: the document describes the server it is fetched from, whatever its address.
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'amends_session' },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
  },
  transform: describeRoute,
  transformObject: (input) => withoutUnusedSchemas(jsonSchemaTransformObject(input as never)),
};

function describeRoute(input: TransformInput) {
  const { schema, route } = input as TransformInput & { route: RouteOptions };
  if (!schema || schema.hide) return jsonSchemaTransform(input);
  const config = route.config ?? {};
  const method = [route.method].flat()[0] ?? 'GET';
  const statuses = problemStatusesOf({
    method,
    url: route.url,
    access: config.access ?? 'agent',
    hasInput: Boolean(schema.body || schema.querystring || schema.params),
    hasBody: Boolean(schema.body),
    rateLimited: Boolean(config.rateLimit),
    idempotent: config.idempotent === true,
    problems: config.problems ?? [],
  });
  const described = {
    ...schema,
    ...(config.idempotent && { headers: idempotencyKeyHeader }),
    response: { ...problemResponses(statuses), ...(schema.response as object) },
  };
  return jsonSchemaTransform({ ...input, schema: described });
}

/**
 * Every registered zod schema becomes a component twice (as input and as output); drop those no
 * operation refers to, so the document lists only what a client meets.
 */
function withoutUnusedSchemas(document: OpenApiObject): OpenApiObject {
  const { components, ...rest } = document as OpenApiObject & { components?: Record<string, unknown> };
  const schemas = (components?.schemas ?? {}) as Record<string, unknown>;
  const used = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
          const name = inner.slice('#/components/schemas/'.length);
          if (!used.has(name)) {
            used.add(name);
            visit(schemas[name]);
          }
        } else visit(inner);
      }
    }
  };
  visit(rest);
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...document, components: { ...components, schemas: kept } } as OpenApiObject;
}
