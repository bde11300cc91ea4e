import { Neo4jError } from 'neo4j-driver';

/** The graph layer could not reach Neo4j (stopped, restarting, network gone). */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Neo4j refused our credentials: a configuration problem, not a transient one. */
export class DatabaseAuthError extends Error {
  override name = 'DatabaseAuthError';
}

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** Turns driver failures into the two errors callers act on; anything else passes through. */
export function classifyDriverError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) {
    if (error instanceof Error && /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/i.test(error.message)) {
      return new DatabaseUnavailableError(`Neo4j at ${uri} is not reachable: ${error.message}`, { cause: error });
    }
    return error;
  }
  if (error.code === 'Neo.ClientError.Security.Unauthorized' || error.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseAuthError(`Neo4j at ${uri} refused the credentials (${error.code}). Check NEO4J_USER and NEO4J_PASSWORD.`, {
      cause: error,
    });
  }
  // No connection in the pool's time: to the caller, as unreachable as a refused one.
  if (UNAVAILABLE_CODES.has(error.code) || /Connection acquisition timed out/i.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is not reachable (${error.code}): ${error.message}`, { cause: error });
  }
  return error;
}
