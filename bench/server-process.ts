import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from '../src/paths.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * A server in a process of its own (so its memory can be measured apart), on `port`,
 * returned once `isReady(url)` holds; its stderr is shown if it exits or is not ready in 60 s.
 */
export async function spawnServer(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  port: number,
  isReady: (url: string) => Promise<boolean>,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${name} exited while starting:\n${stderr}`);
    if (await isReady(url).catch(() => false)) break;
    if (Date.now() > deadline) throw new Error(`the ${name} did not become ready within 60 s:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
