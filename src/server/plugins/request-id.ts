import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The value a resolver threw, under graphql-js's (and another copy of it's) wrapping. */
function thrown(error: unknown): unknown {
  let current = error;
  while (current instanceof Error && (current as GraphQLError).originalError && current !== (current as GraphQLError).originalError) {
    current = (current as GraphQLError).originalError;
  }
  return current;
}

/** Apollo's own refusals (a persisted query's wrong hash) carry a 4xx status and no code: the client's. */
export function isUncodedClientRefusal(original: unknown): boolean {
  const status = (original as { extensions?: { http?: { status?: number } } } | undefined)?.extensions?.http?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/** Errors that are reported as what they are: outages, and a client that went away. */
const EXPECTED = new Set(['DatabaseUnavailableError', 'DatabaseAuthError', 'ClientGoneError']);

/**
 * True for an error the client sees as "Unexpected error.": one with no code of its own
 * (a thrown Error, a graphql-js execution error such as an unserialisable value) or
 * INTERNAL_SERVER_ERROR. Coded errors (parse, validation, BAD_USER_INPUT, NOT_FOUND, …) are
 * the client's, database outages (DATABASE_UNAVAILABLE) are reported as such, and a client
 * that disconnected while its request waited has nobody to report to.
 */
export function isUnexpected(error: unknown): boolean {
  const original = thrown(error) as { name?: string; extensions?: { code?: unknown } } | undefined;
  if (original?.name && EXPECTED.has(original.name)) return false;
  if (isUncodedClientRefusal(original)) return false;
  const code = original?.extensions?.code ?? (error as { extensions?: { code?: unknown } }).extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR';
}

/** One line on stderr: a JSON object, the stack's newlines escaped, so log shippers keep it whole. */
export function logUnexpected(requestId: string, error: unknown, where: Record<string, unknown> = {}): void {
  const original = thrown(error) as Error | undefined;
  const line = { level: 'error', time: new Date().toISOString(), requestId, ...where, message: original?.message, stack: original?.stack };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

/**
 * Every unexpected error is logged with the request's id, and the masked error the client
 * receives carries the same id in `extensions.requestId`, so a user's report ("Unexpected
 * error.", id …) leads to the stack. The id itself comes from the context (`requestId`),
 * which the HTTP layer also sends as the `x-request-id` header.
 */
export function requestIdPlugin<Context extends { requestId: string }>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const { requestId } = contextValue;
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (isUnexpected(error))
              logUnexpected(requestId, error, { operationName: operationName ?? null, path: error.path?.join('.') ?? null });
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', requestId);
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          response.body.singleResult.errors = errors.map((e) =>
            e.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...e, extensions: { ...e.extensions, requestId } } : e,
          );
        },
      };
    },
  };
}
