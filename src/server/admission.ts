/**
 * Admission control for GraphQL requests and exports: at most `maxActive` execute at once,
 * the rest wait in arrival order, and past `maxWaiting` a request is turned away at once.
 * Neo4j is what bounds throughput, so running 50 requests together instead of 8 only holds
 * 50 result sets in memory and makes each slower; a queue keeps memory flat under load.
 * A waiting request whose client has gone (its signal aborted) leaves the queue unrun.
 */
export class ServerBusyError extends Error {
  override readonly name = 'ServerBusyError';
}

export class ClientGoneError extends Error {
  override readonly name = 'ClientGoneError';
}

export interface Admission {
  /** Waits for a slot; the returned function frees it (calling it twice frees it once). */
  acquire(signal?: AbortSignal): Promise<() => void>;
  run<T>(work: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

export function createAdmission(maxActive: number, maxWaiting: number): Admission {
  let active = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) {
      active += 1;
      next();
    }
  };
  const once = () => {
    let done = false;
    return () => {
      if (!done) release();
      done = true;
    };
  };
  const acquire = async (signal?: AbortSignal): Promise<() => void> => {
    if (signal?.aborted) throw new ClientGoneError('The client went away before the request ran.');
    if (active < maxActive) {
      active += 1;
      return once();
    }
    if (queue.length >= maxWaiting)
      throw new ServerBusyError(`The server is busy: ${maxActive} requests running and ${maxWaiting} waiting. Retry shortly.`);
    await new Promise<void>((resolve, reject) => {
      const admit = () => {
        signal?.removeEventListener('abort', leave);
        resolve();
      };
      const leave = () => {
        const at = queue.indexOf(admit);
        if (at >= 0) queue.splice(at, 1);
        reject(new ClientGoneError('The client went away while the request waited.'));
      };
      signal?.addEventListener('abort', leave, { once: true });
      queue.push(admit);
    });
    return once();
  };
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire,
    async run(work, signal) {
      const done = await acquire(signal);
      try {
        return await work();
      } finally {
        done();
      }
    },
  };
}
