/** Small numeric helpers shared by the benchmarks. */
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Spread {
  p50: number;
  p99: number;
  mean: number;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export const mean = (samples: readonly number[]) => (samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : 0);

/** p50, p99 and mean of samples in milliseconds, rounded to 0.01 ms. */
export function spread(samples: readonly number[]): Spread {
  if (!samples.length) return { p50: 0, p99: 0, mean: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: round(at(0.5), 2), p99: round(at(0.99), 2), mean: round(mean(sorted), 2) };
}

/** Resident set size of a process in MB, from /proc (Linux), or null where unavailable. */
export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; reports the peak and mean. */
export function sampleRss(pid: number, everyMs = 100): () => { peakMb: number; meanMb: number } {
  const samples: number[] = [];
  const timer = setInterval(() => {
    const mb = rssMb(pid);
    if (mb !== null) samples.push(mb);
  }, everyMs);
  return () => {
    clearInterval(timer);
    const last = rssMb(pid);
    if (last !== null) samples.push(last);
    return { peakMb: Math.max(0, ...samples), meanMb: round(mean(samples)) };
  };
}

function javaVersion(): string {
  const run = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return `${run.stderr ?? ''}${run.stdout ?? ''}`.split('\n')[0]?.trim() || 'unknown';
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGb: round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    java: javaVersion(),
  };
}
