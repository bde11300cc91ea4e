/**
 * Admission control for GraphQL requests and exports: at most `maxActive` execute at once,
 * the rest wait in arrival order, and past `maxWaiting` a request is turned away at once.
 * Neo4j is what bounds throughput, so running 50 requests together instead of 8 only holds
 * 50 result sets in memory and makes each slower; a queue keeps memory flat under load.
 */
export class ServerBusyError extends Error {
  override readonly name = 'ServerBusyError';
}

export interface Admission {
  run<T>(work: () => Promise<T>): Promise<T>;
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
  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    async run(work) {
      if (active >= maxActive) {
        if (queue.length >= maxWaiting) throw new ServerBusyError(`The server is busy: ${maxActive} requests running and ${maxWaiting} waiting. Retry shortly.`);
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        active += 1;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
  };
}
