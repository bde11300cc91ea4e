import { describe, expect, it } from 'vitest';
import { createAdmission, ServerBusyError } from '../../src/server/admission.js';

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
    const runs = gates.map((g, i) => admission.run(async () => {
      started.push(i);
      await g.opened;
      return i;
    }));
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
    await expect(admission.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await admission.run(async () => 'next')).toBe('next');
  });
});
