import neo4j, { type Driver, type ManagedTransaction, type RecordShape } from 'neo4j-driver';
import { DatabaseUnavailableError, classifyDriverError } from './errors.js';

export interface GraphConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Transaction timeout for reads and writes, in milliseconds. */
  timeoutMs: number;
  /**
   * How long a read may wait for Neo4j to start answering — connection, retries of
   * transient failures and the first reply together — in milliseconds; also the driver's
   * retry time for writes. Short, so an API request fails promptly with DATABASE_UNAVAILABLE
   * instead of hanging while Neo4j is down or starting.
   * @default 2000
   */
  retryMs?: number;
}

/**
 * After a read found Neo4j unavailable, further reads fail at once for this long instead of
 * each waiting out its own deadline: with requests queued behind a few executing ones,
 * per-request waits add up (8.3 s seen under 10 clients). Short, so service resumes by itself
 * within about a second of Neo4j answering again.
 */
const UNAVAILABLE_PAUSE_MS = 1_000;
/**
 * For this long after Neo4j was last found unavailable, a read's first reply must also come
 * within its deadline: a restarting server can accept connections before it answers. At
 * other times a slow first reply is a slow query (a cold plan on a busy machine took > 2 s)
 * and runs under the transaction timeout as before.
 */
const RECOVERY_WINDOW_MS = 60_000;

class NoAnswerInTime extends Error {
  constructor(message = 'no reply by the deadline') {
    super(message);
  }
}

/**
 * A server that hangs (stopped by a signal, stalled in a long GC, a network path that drops
 * packets without resetting) keeps its connections open and never answers, so neither the
 * connection timeouts nor the server's own transaction timeout fire. A read whose first reply
 * is later than this fraction of `retryMs` asks, on the side, whether Neo4j answers a trivial
 * query at all; see `Graph.answersAtAll`.
 */
const SUSPECT_AFTER_SHARE = 0.5;
/** How long that trivial query may take, as a share of `retryMs`: suspect + probe stays inside 3 s. */
const PROBE_SHARE = 0.75;

/** Rejects with NoAnswerInTime if `promise` has not settled by `deadline` (epoch ms). */
function byDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime()), Math.max(0, deadline - Date.now()));
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
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
  /** See GraphConnection.retryMs. */
  readonly retryMs: number;
  /** Until when reads fail at once (epoch ms), after one found Neo4j unavailable. */
  private unavailableUntil = 0;
  /** Until when a read's first reply is held to its deadline (epoch ms); see RECOVERY_WINDOW_MS. */
  private recoveringUntil = 0;
  /** The liveness probe in flight, shared by every read waiting on a late first reply. */
  private probe: Promise<boolean> | undefined;

  constructor(readonly connection: GraphConnection) {
    this.retryMs = connection.retryMs ?? 2_000;
    this.driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      // Integers arrive as JS numbers (counts and offsets stay far below 2^53), so rows need
      // no conversion walk; parameters that must be integers are still sent as neo4j.int.
      disableLosslessIntegers: true,
      // Both inside a read's deadline (retryMs), so a down or starting Neo4j is noticed in time.
      connectionAcquisitionTimeout: Math.min(5_000, this.retryMs),
      connectionTimeout: Math.min(2_000, this.retryMs),
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
   *
   * Neo4j must be reached (connection and retries of transient failures) within `retryMs`,
   * and while it is recovering from an outage also send RUN's reply by then; after that the
   * query runs under the transaction timeout as usual. A read that finds Neo4j unavailable
   * makes the next ones fail at once for UNAVAILABLE_PAUSE_MS.
   */
  async read<Row extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Row[]> {
    this.notify(cypher, params);
    if (Date.now() < this.unavailableUntil) {
      throw new DatabaseUnavailableError(`Neo4j at ${this.connection.uri} was unavailable a moment ago; not asked again yet.`);
    }
    const deadline = Date.now() + this.retryMs;
    const recovering = Date.now() < this.recoveringUntil;
    for (let attempt = 0; ; attempt += 1) {
      const session = this.driver.session({
        database: this.connection.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.bookmarks,
      });
      let answered = false;
      try {
        const result = session.run(cypher, params, { timeout: this.connection.timeoutMs });
        await (recovering ? byDeadline(result.keys(), deadline) : this.firstReplyUnlessHung(result.keys()));
        answered = true;
        // The server ends the transaction at its timeout; one that stalls mid-stream cannot.
        const records = (await byDeadline(Promise.resolve(result), Date.now() + this.connection.timeoutMs + this.retryMs)).records;
        this.unavailableUntil = 0;
        return records.map((record) => record.toObject() as Row);
      } catch (error) {
        const late = error instanceof NoAnswerInTime;
        if (!late && neo4j.isRetryableError(error) && Date.now() < deadline - 50) {
          await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 50 * 2 ** attempt, deadline - Date.now() - 50)));
          continue;
        }
        const classified = late
          ? new DatabaseUnavailableError(`Neo4j at ${this.connection.uri} did not answer in time: ${error.message}`)
          : classifyDriverError(error, this.connection.uri);
        if (classified instanceof DatabaseUnavailableError) {
          this.unavailableUntil = Date.now() + UNAVAILABLE_PAUSE_MS;
          this.recoveringUntil = Date.now() + RECOVERY_WINDOW_MS;
        }
        throw classified;
      } finally {
        // A session still waiting for its first reply may never get one: close it without waiting.
        if (answered) await session.close();
        else void session.close().catch(() => {});
      }
    }
  }

  /**
   * Waits for a read's first reply. If it is late, a slow query and a hung server look alike
   * from here, so the probe tells them apart: a server that answers `RETURN 1` is working and
   * the read waits on under its transaction timeout; one that does not is unavailable.
   */
  private async firstReplyUnlessHung<T>(firstReply: Promise<T>): Promise<T> {
    try {
      return await byDeadline(firstReply, Date.now() + this.retryMs * SUSPECT_AFTER_SHARE);
    } catch (error) {
      if (!(error instanceof NoAnswerInTime)) throw error;
    }
    if (!(await this.answersAtAll())) {
      throw new NoAnswerInTime(
        `no reply to the query nor to a trivial one within ${this.retryMs * (SUSPECT_AFTER_SHARE + PROBE_SHARE)} ms`,
      );
    }
    return firstReply;
  }

  /**
   * Whether Neo4j answers `RETURN 1` within its share of `retryMs`. One probe at a time, shared
   * by all reads that ask meanwhile, and not reported to query listeners (it is not the caller's).
   */
  private answersAtAll(): Promise<boolean> {
    this.probe ??= (async () => {
      const session = this.driver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ });
      try {
        await byDeadline(session.run('RETURN 1').keys(), Date.now() + this.retryMs * PROBE_SHARE);
        return true;
      } catch (error) {
        return !(error instanceof NoAnswerInTime) && !(classifyDriverError(error, this.connection.uri) instanceof DatabaseUnavailableError);
      } finally {
        void session.close().catch(() => {});
      }
    })().finally(() => {
      this.probe = undefined;
    });
    return this.probe;
  }

  /** Runs `work` in one write transaction, retried on transient failure. */
  async write<T>(work: (tx: CountingTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.connection.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const timeout = this.connection.timeoutMs * 4;
    let hung = false;
    try {
      // The server's timeout cannot end a transaction on a server that hangs; this bound can.
      const written = session.executeWrite((tx) => work(new CountingTransaction(tx, this)), { timeout });
      return await byDeadline(written, Date.now() + timeout + this.retryMs);
    } catch (error) {
      hung = error instanceof NoAnswerInTime;
      if (hung) {
        throw new DatabaseUnavailableError(
          `Neo4j at ${this.connection.uri} did not finish a write within ${timeout + this.retryMs} ms; whether it committed is unknown.`,
        );
      }
      throw classifyDriverError(error, this.connection.uri);
    } finally {
      // A session still inside a hung transaction may never close: do not wait for it.
      if (hung) void session.close().catch(() => {});
      else await session.close();
    }
  }

  /**
   * Checks that the server answers with our credentials; throws the classified error if not.
   * Always bounded, since a hung server would otherwise hold the caller forever: by `withinMs`
   * for the credential check (/ready passes `retryMs`; start-up allows a cold server longer),
   * then by the read's own bounds.
   */
  async verify(withinMs = this.retryMs * 10): Promise<void> {
    const bound = Date.now() < this.recoveringUntil ? Math.min(withinMs, this.retryMs) : withinMs;
    try {
      await byDeadline(this.driver.verifyAuthentication({ database: this.connection.database }), Date.now() + bound);
    } catch (error) {
      if (error instanceof NoAnswerInTime)
        throw new DatabaseUnavailableError(`Neo4j at ${this.connection.uri} did not answer within ${bound} ms.`);
      throw classifyDriverError(error, this.connection.uri);
    }
    this.unavailableUntil = 0;
    await this.read('RETURN 1');
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

/** Adds `more` into `total` (and returns it). */
export function addChanges(total: WriteChanges, more: WriteChanges): WriteChanges {
  for (const key of Object.keys(total) as Array<keyof WriteChanges>) total[key] += more[key];
  return total;
}

/**
 * A write transaction that reports each statement to the graph's listeners and sums what
 * the statements changed. One is made per attempt, so a retried transaction counts only
 * the attempt that committed.
 */
export class CountingTransaction {
  readonly changes: WriteChanges = noChanges();

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly graph: Graph,
  ) {}

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
