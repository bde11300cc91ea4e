import { GraphQLError } from 'graphql';

/** The few client error codes; anything else is masked as an internal error. */
export const badInput = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra } });

export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

export const unauthenticated = () =>
  new GraphQLError('This operation needs an API key: send `Authorization: Bearer <NEWSGRAPH_API_KEY>`.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

export const databaseUnavailable = () =>
  new GraphQLError('The graph database is not reachable right now; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
  });

/** Marks our own bugs: a failed invariant is never the client's fault. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Invariant failed: ${message}`);
}
