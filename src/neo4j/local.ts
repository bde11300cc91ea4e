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
 * `stop()`, and the JVM also stops if this process dies (it watches its stdin). While it
 * runs, the data folder's run file names it, so other commands connect instead of
 * starting a second server on the same data.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  ensureNeo4jInstalled(options.log);
  await assertPortFree(options.port);
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn('java', javaArgs(options, true), { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = await waitForReady(child, undefined, options.startTimeoutMs ?? 120_000);
  const pid = child.pid ?? -1;
  writeRunFile(options.dataDir, { pid, port: options.port, startedBy: process.pid });
  return {
    uri,
    pid,
    async stop() {
      await stopProcess(child);
      removeRunFile(options.dataDir, pid);
    },
  };
}

/** The bundled server running for a data folder, as its run file records it. */
export interface RunningNeo4j {
  pid: number;
  port: number;
  /** The process that started it as its child (`npm start`); absent for `neo4j start`. */
  startedBy?: number;
}

const runFile = (dataDir: string) => path.join(dataDir, 'neo4j.pid');
const logFile = (dataDir: string) => path.join(dataDir, 'neo4j.log');

function writeRunFile(dataDir: string, running: RunningNeo4j): void {
  writeFileSync(runFile(dataDir), JSON.stringify(running));
}

/** Removes the run file if it still names `pid` (another server may have replaced it). */
function removeRunFile(dataDir: string, pid: number): void {
  if (readRunFile(dataDir)?.pid === pid) rmSync(runFile(dataDir), { force: true });
}

function readRunFile(dataDir: string): RunningNeo4j | undefined {
  try {
    const parsed = JSON.parse(readFileSync(runFile(dataDir), 'utf8')) as Partial<RunningNeo4j>;
    return Number.isInteger(parsed.pid) && Number.isInteger(parsed.port) ? (parsed as RunningNeo4j) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True if a Bolt server answers on 127.0.0.1:port: the Bolt handshake (magic number and
 * four proposed versions) gets a four-byte version back. A port merely open is not enough.
 */
export function boltAnswers(port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = Buffer.alloc(0);
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('error', () => done(false));
    socket.once('connect', () => {
      // Proposes Bolt 5.0–5.8 and 4.4 (what Neo4j 5 speaks).
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
    socket.on('data', (chunk: Buffer) => {
      reply = Buffer.concat([reply, chunk]);
      if (reply.length >= 4) done(reply.readUInt32BE(0) !== 0);
    });
    socket.once('close', () => done(false));
  });
}

/**
 * The bundled Neo4j running for this data folder, if its run file names a live process
 * that answers Bolt on the recorded port. A stale file (the server died) is removed.
 */
export async function runningNeo4j(dataDir: string): Promise<RunningNeo4j | undefined> {
  const recorded = readRunFile(dataDir);
  if (!recorded) return undefined;
  if (isAlive(recorded.pid) && (await boltAnswers(recorded.port))) return recorded;
  if (!isAlive(recorded.pid)) removeRunFile(dataDir, recorded.pid);
  return undefined;
}

/** `newsgraph neo4j start`: a detached server that outlives this command (or the one already running). */
export async function startDetachedNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const running = await runningNeo4j(options.dataDir);
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
  writeRunFile(options.dataDir, { pid: child.pid ?? -1, port: options.port });
  return { uri, pid: child.pid ?? -1, stop: () => stopProcess(child) };
}

/** Stops the bundled Neo4j of this data folder, whichever command started it. */
export async function stopRunningNeo4j(dataDir: string): Promise<RunningNeo4j | undefined> {
  const running = await runningNeo4j(dataDir);
  if (!running) return undefined;
  await stopProcess(running.pid);
  removeRunFile(dataDir, running.pid);
  return running;
}
