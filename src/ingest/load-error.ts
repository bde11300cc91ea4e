import { Neo4jError } from 'neo4j-driver';

/** What went wrong in Neo4j's words, shortened to the part an operator can act on. */
function neo4jReason(error: Neo4jError): string {
  const message = error.message.split('\n')[0]!.trim();
  switch (true) {
    case error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed':
      return `a uniqueness constraint refused it (${message})`;
    case /MemoryPoolOutOfMemoryError|TransactionOutOfMemoryError|OutOfMemory/.test(error.code):
      return `it needs more transaction memory than Neo4j allows (${error.code}: ${message}); split the article, or raise the heap (NEO4J_LOCAL_HEAP) or db.memory.transaction.max`;
    case /TransactionTimedOut/.test(error.code):
      return `its transaction ran past Neo4j's time limit (${error.code})`;
    default:
      return `${error.code}: ${message}`;
  }
}

/**
 * A load failure as one line that names the file (and element, e.g. `a.json[2]`) first:
 * Neo4j's own messages name nothing of ours.
 */
export function describeLoadError(file: string, error: unknown): string {
  if (error instanceof Error && error.message.startsWith(`${file}: `)) return error.message;
  const reason = error instanceof Neo4jError ? neo4jReason(error) : error instanceof Error ? error.message : String(error);
  return `${file}: could not be loaded: ${reason}`;
}
