/** The Apollo Server set-up: schema, limits as validation rules and plugins, errors, the context. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { resolvers } from '../resolvers/index.js';
import type { RequestContext } from '../api/context.js';
import type { Limits } from '../api/limits.js';
import { createAdmission, ServerBusyError } from './admission.js';
import { depthLimitRule } from './plugins/depth-limit.js';
import { noSubscriptionsRule } from './plugins/no-subscriptions.js';
import { complexityLimitPlugin } from './plugins/complexity-limit.js';
import { databaseUnavailablePlugin } from './plugins/database-unavailable.js';
import { readCachePlugin } from './plugins/read-cache.js';
import { isUncodedClientRefusal, requestIdPlugin } from './plugins/request-id.js';
import type { ResponseCache } from './response-cache.js';
import { loadTypeDefs } from './schema.js';
import { databaseUnavailable, unauthenticated } from '../errors.js';

export interface ApolloOptions {
  httpServer: http.Server;
  limits: Limits;
  admission: ReturnType<typeof createAdmission>;
  /** The lane of heavy operations (Limits.heavyCost). */
  heavyAdmission: ReturnType<typeof createAdmission>;
  responseCache: ResponseCache;
  debug: boolean;
  cacheMaxAge: number;
  introspection: boolean;
  hideSuggestions: boolean;
}

/** Whether `Authorization: Bearer <key>` carries the API key (compared in constant time). */
export function keyMatches(header: string | undefined, apiKey: string | undefined): boolean {
  // The scheme's name is case-insensitive in HTTP ("bearer", "BEARER").
  if (!apiKey || !header || !/^bearer\s/i.test(header)) return false;
  const given = Buffer.from(header.slice('Bearer '.length).trim());
  const expected = Buffer.from(apiKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The context function's check: with `requireKeyForReads`, nothing runs without the key (401). */
export function requireKey(context: RequestContext, requireKeyForReads: boolean): RequestContext {
  if (requireKeyForReads && !context.authorized) throw unauthenticated();
  return context;
}

/** Client errors pass through; database outages become DATABASE_UNAVAILABLE; the rest is masked. */
export function formatError(debug: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error) as Error | undefined;
    if (original?.name === 'DatabaseUnavailableError' || original?.name === 'DatabaseAuthError') {
      return {
        message: databaseUnavailable().message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      };
    }
    // A coded error keeps its code even when another copy of graphql-js wrapped it.
    const originalCode = (original as { extensions?: { code?: unknown } } | undefined)?.extensions?.code;
    if (
      typeof originalCode === 'string' &&
      originalCode !== 'INTERNAL_SERVER_ERROR' &&
      formatted.extensions?.code === 'INTERNAL_SERVER_ERROR'
    ) {
      const { http: _http, ...extensions } = (original as unknown as { extensions: Record<string, unknown> }).extensions;
      return { message: original!.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    const code = formatted.extensions?.code;
    // The message of such a refusal is for the client, not an internal error to mask.
    if (code === 'INTERNAL_SERVER_ERROR' && isUncodedClientRefusal(original)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } };
    }
    // graphql-js gives up checking that same-named fields can be merged past a fixed budget
    // (hundreds of repeats of one field) and says only "Validation aborted.".
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Validation aborted.') {
      return {
        message:
          'The operation repeats fields of the same name too often to check that they merge (graphql-js gave up); ask for each field once.',
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'overlappingFields' },
      };
    }
    // Apollo codes every validation error alike; a refusal by one of our limits says which.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof formatted.extensions?.limit === 'string') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'QUERY_TOO_COMPLEX' } };
    }
    if (code === 'INTERNAL_SERVER_ERROR' && !debug) {
      return { message: 'Unexpected error.', locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    if (!debug && formatted.extensions?.stacktrace) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions;
      return { ...formatted, extensions };
    }
    return formatted;
  };
}

/**
 * Operations wait for an execution slot; cheap ones (`{ __typename }`, one entity) never
 * queue, and heavy ones queue in a lane of their own, so they neither hold the event loop
 * two at a time nor take the slots of ordinary requests.
 */
export function admitter(
  limits: Limits,
  admission: ReturnType<typeof createAdmission>,
  heavyAdmission: ReturnType<typeof createAdmission>,
) {
  return async (context: RequestContext, cost: number) => {
    if (cost <= limits.maxQueueFreeCost || !context.execution) return;
    const lane = cost > limits.heavyCost ? heavyAdmission : admission;
    try {
      context.execution.release = await lane.acquire(context.execution.signal);
    } catch (error) {
      if (error instanceof ServerBusyError) {
        throw new GraphQLError(error.message, {
          extensions: { code: 'SERVER_BUSY', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
        });
      }
      throw error;
    }
  };
}

export async function startApollo(options: ApolloOptions): Promise<ApolloServer<RequestContext>> {
  const { limits, debug } = options;
  const apollo = new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    validationRules: [depthLimitRule(limits), noSubscriptionsRule],
    formatError: formatError(debug),
    includeStacktraceInErrorResponses: debug,
    csrfPrevention: true,
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: options.hideSuggestions,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      readCachePlugin(options.cacheMaxAge),
      options.responseCache.plugin<RequestContext>((context) => context.authorized),
      complexityLimitPlugin(limits, admitter(limits, options.admission, options.heavyAdmission)),
      databaseUnavailablePlugin(),
      requestIdPlugin(),
    ],
  });
  await apollo.start();
  return apollo;
}
