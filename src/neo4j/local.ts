import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LAUNCHER_CLASSPATH, Neo4jSetupError, ensureNeo4jInstalled } from './install.js';

export interface LocalNeo4jOptions {
  dataDir: string;
  port: number;
  password: string;
  /** JVM heap, e.g. "1g". */
  heap: string;
  /** How long to wait for Bolt, in milliseconds. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

const READY = /NEO4J READY (bolt:\/\/\S+)/;

/** Resolves when nothing listens on 127.0.0.1:port, rejects with a clear message otherwise. */
export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () =>
      reject(
        new Neo4jSetupError(
          `Port ${port} is already in use, so the bundled Neo4j cannot listen on it. ` +
            `Stop what uses it, set NEO4J_LOCAL_PORT to another port, or set NEO4J_URI to use that server.`,
        ),
      ),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A port the OS has just handed out, so it is very likely free. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function javaArgs(options: LocalNeo4jOptions, watchStdin: boolean): string[] {
  return [
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-cp',
    LAUNCHER_CLASSPATH,
    'newsgraph.Launcher',
    path.resolve(options.dataDir),
    String(options.port),
    options.password,
    ...(watchStdin ? ['--watch-stdin'] : []),
  ];
}

function waitForReady(child: ChildProcess, logFile: string | undefined, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      clearInterval(poll);
      const tail = (logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8') : output).trim().split('\n').slice(-12).join('\n');
      reject(new Neo4jSetupError(`The bundled Neo4j did not start: ${why}\n${tail}`));
    };
    const check = (text: string) => {
      const match = READY.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        clearInterval(poll);
        child.removeListener('exit', onExit);
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null, signal: string | null) => fail(`the JVM exited (${code ?? signal}).`);
    const timer = setTimeout(() => fail(`no ready signal within ${timeoutMs} ms.`), timeoutMs);
    const poll = setInterval(() => logFile && existsSync(logFile) && check(readFileSync(logFile, 'utf8')), 250);
    child.once('exit', onExit);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      check(output);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
}

function stopProcess(child: ChildProcess | number, graceMs = 30_000): Promise<void> {
  const pid = typeof child === 'number' ? child : child.pid;
  if (pid === undefined || !isAlive(pid)) return Promise.resolve();
  return new Promise((resolve) => {
    process.kill(pid, 'SIGTERM');
    const started = Date.now();
    const poll = setInterval(() => {
      if (!isAlive(pid)) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > graceMs) {
        process.kill(pid, 'SIGKILL');
      }
    }, 100);
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts Neo4j as a child of this process (tests, `npm start`): it is stopped with
 * `stop()`, and the JVM also stops if this process dies (it watches its stdin).
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureNeo4jInstalled(options.log);
  await assertPortFree(options.port);
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn('java', javaArgs(options, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = await waitForReady(child, undefined, options.startTimeoutMs ?? 120_000);
  return { uri, pid: child.pid ?? -1, stop: () => stopProcess(child) };
}

const pidFile = (dataDir: string) => path.join(dataDir, 'neo4j.pid');
const logFile = (dataDir: string) => path.join(dataDir, 'neo4j.log');

/** `newsgraph neo4j start`: a detached server that outlives this command. */
export async function startDetachedNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const running = detachedStatus(options.dataDir);
  if (running) return { uri: `bolt://127.0.0.1:${running.port}`, pid: running.pid, stop: () => stopProcess(running.pid) };
  ensureNeo4jInstalled(options.log);
  await assertPortFree(options.port);
  mkdirSync(options.dataDir, { recursive: true });
  const log = logFile(options.dataDir);
  rmSync(log, { force: true });
  const out = openSync(log, 'a');
  const child = spawn('java', javaArgs(options, false), { stdio: ['ignore', out, out], detached: true });
  child.unref();
  const uri = await waitForReady(child, log, options.startTimeoutMs ?? 120_000);
  writeFileSync(pidFile(options.dataDir), JSON.stringify({ pid: child.pid, port: options.port }));
  return { uri, pid: child.pid ?? -1, stop: () => stopProcess(child) };
}

export function detachedStatus(dataDir: string): { pid: number; port: number } | undefined {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return undefined;
  const { pid, port } = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; port: number };
  return isAlive(pid) ? { pid, port } : undefined;
}

export async function stopDetachedNeo4j(dataDir: string): Promise<boolean> {
  const running = detachedStatus(dataDir);
  rmSync(pidFile(dataDir), { force: true });
  if (!running) return false;
  await stopProcess(running.pid);
  return true;
}
