import { describe, expect, it } from 'vitest';
import { ClientGoneError, createAdmission, ServerBusyError } from '../../src/server/admission.js';

const gate = () => {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
};

describe('admission', () => {
  it('runs at most maxActive at once, queues the next in order, refuses past the queue', async () => {
    const admission = createAdmission(2, 1);
    const started: number[] = [];
    const gates = [gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      admission.run(async () => {
        started.push(i);
        await g.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect([admission.active, admission.waiting]).toEqual([2, 1]);
    await expect(admission.run(async () => 'late')).rejects.toBeInstanceOf(ServerBusyError);
    gates[1]!.open();
    await runs[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect([admission.active, admission.waiting]).toEqual([0, 0]);
  });

  it('frees the slot when the work fails', async () => {
    const admission = createAdmission(1, 0);
    await expect(
      admission.run(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await admission.run(async () => 'next')).toBe('next');
  });

  it('drops a waiting request whose client went away, and runs the next one', async () => {
    const admission = createAdmission(1, 5);
    const first = gate();
    const running = admission.run(() => first.opened);
    const gone = new AbortController();
    let ranAbandoned = false;
    const abandoned = admission.run(async () => {
      ranAbandoned = true;
    }, gone.signal);
    const next = admission.run(async () => 'next');
    expect(admission.waiting).toBe(2);
    gone.abort();
    await expect(abandoned).rejects.toBeInstanceOf(ClientGoneError);
    expect(admission.waiting).toBe(1);
    first.open();
    await running;
    expect(await next).toBe('next');
    expect(ranAbandoned).toBe(false);
    expect([admission.active, admission.waiting]).toEqual([0, 0]);
  });

  it('frees a slot once however often its release is called', async () => {
    const admission = createAdmission(1, 1);
    const release = await admission.acquire();
    release();
    release();
    expect(admission.active).toBe(0);
    const again = await admission.acquire();
    expect(admission.active).toBe(1);
    again();
  });
});
