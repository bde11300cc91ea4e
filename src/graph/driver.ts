import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { classifyDriverError } from './errors.js';

export interface GraphConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Transaction timeout for reads and writes, in milliseconds. */
  timeoutMs: number;
  /**
   * How long the driver keeps retrying a transient failure, in milliseconds. Short, so an
   * API request fails promptly with DATABASE_UNAVAILABLE instead of hanging while Neo4j is down.
   * @default 2000
   */
  retryMs?: number;
}

export type Params = Record<string, unknown>;

/** Called once per Cypher statement sent; tests count queries with it (the N+1 bound). */
export type QueryListener = (cypher: string, params: Params) => void;

/**
 * The one driver of the process. Reads run in READ sessions (so a `neo4j://` cluster
 * serves them from readers, with one bookmark manager keeping read-your-writes);
 * writes go through `executeWrite`, whose retries make idempotent MERGE-based work safe.
 */
export class Graph {
  readonly driver: Driver;
  private readonly listeners = new Set<QueryListener>();
  /** Shared by reads and writes, so on a cluster a read sees the writes before it. */
  private readonly bookmarks = neo4j.bookmarkManager();
  private readonly retryMs: number;

  constructor(readonly connection: GraphConnection) {
    this.retryMs = connection.retryMs ?? 2_000;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      // Integers arrive as JS numbers (counts and offsets stay far below 2^53), so rows need
      // no conversion walk; parameters that must be integers are still sent as neo4j.int.
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 5_000,
      connectionTimeout: 2_000,
      maxTransactionRetryTime: this.retryMs,
      userAgent: 'newsgraph/0.1',
    });
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(cypher: string, params: Params): void {
    for (const listener of this.listeners) listener(cypher, params);
  }

  /**
   * Runs one read query and returns plain records. An auto-commit transaction: RUN and
   * PULL go out in one write and come back in one reply, where a managed transaction
   * (`executeQuery`, `executeRead`) adds a BEGIN and a COMMIT — two more socket writes and
   * a second round trip, ~0.35 ms of a 1 ms lookup here. Reads are idempotent, so transient
   * failures are retried here as the driver would retry a managed one.
   */
  async read<Row extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Row[]> {
    this.notify(cypher, params);
    const deadline = Date.now() + this.retryMs;
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ, bookmarkManager: this.bookmarks });
      try {
        const result = await session.run(cypher, params, { timeout: this.connection.timeoutMs });
        return result.records.map((record) => record.toObject() as Row);
      } catch (error) {
        if (!neo4j.isRetryableError(error) || Date.now() >= deadline) throw classifyDriverError(error, this.connection.uri);
      } finally {
        await session.close();
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 50 * 2 ** attempt)));
    }
  }

  /** Runs `work` in one write transaction, retried on transient failure. */
  async write<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.bookmarks });
    try {
      return await session.executeWrite((tx) => work(new CountingTransaction(tx, this)), {
        timeout: this.connection.timeoutMs * 4,
      });
    } catch (error) {
      throw classifyDriverError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  /** Checks that the server answers with our credentials; throws the classified error if not. */
  async verify(): Promise<void> {
    try {
      await this.driver.verifyAuthentication({ database: this.connection.database });
      await this.driver.executeQuery('RETURN 1', {}, { database: this.connection.database });
    } catch (error) {
      throw classifyDriverError(error, this.connection.uri);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** @internal used by CountingTransaction */
  countQuery(cypher: string, params: Params): void {
    this.notify(cypher, params);
  }
}

/** What a write transaction changed, summed from the server's counters for each statement. */
export interface WriteChanges {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
}

export const noChanges = (): WriteChanges => ({ nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0 });

/**
 * A write transaction that reports each statement to the graph's listeners and sums what
 * the statements changed. One is made per attempt, so a retried transaction counts only
 * the attempt that committed.
 */
export class CountingTransaction {
  readonly changes: WriteChanges = noChanges();

  constructor(private readonly tx: ManagedTransaction, private readonly graph: Graph) {}

  async run<Row extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Row[]> {
    this.graph.countQuery(cypher, params);
    const result = await this.tx.run(cypher, params);
    const updates = result.summary.counters.updates();
    for (const key of Object.keys(this.changes) as Array<keyof WriteChanges>) this.changes[key] += updates[key] ?? 0;
    return result.records.map((record) => record.toObject() as Row);
  }
}

/** A count from a row as a JS number, whichever driver (or integer setting) produced it. */
export function toNumber(value: unknown): number {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (typeof value === 'bigint') return Number(value);
  return typeof value === 'number' ? value : Number(value ?? 0);
}
