import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEO4J_PROJECT } from '../paths.js';

export class Neo4jSetupError extends Error {
  override name = 'Neo4jSetupError';
}

const LAUNCHER_CLASS = path.join(NEO4J_PROJECT, 'target', 'classes', 'newsgraph', 'Launcher.class');
const LIB_DIR = path.join(NEO4J_PROJECT, 'target', 'lib');

export const LAUNCHER_CLASSPATH = `${path.join(NEO4J_PROJECT, 'target', 'classes')}${path.delimiter}${LIB_DIR}${path.sep}*`;

function requireTool(command: string, args: string[], hint: string): void {
  const probe = spawnSync(command, args, { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jSetupError(`'${command}' is not available (${probe.error?.message ?? probe.stderr.trim()}). ${hint}`);
  }
}

export function javaMajorVersion(): number {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${probe.stderr}${probe.stdout}`);
  return match ? Number(match[1]) : 0;
}

const LAUNCHER_SOURCE = path.join(NEO4J_PROJECT, 'src', 'main', 'java', 'newsgraph', 'Launcher.java');
const POM = path.join(NEO4J_PROJECT, 'pom.xml');
/** Written after each successful build, so a changed launcher or pom is rebuilt. */
const BUILT_STAMP = path.join(NEO4J_PROJECT, 'target', 'newsgraph-built');
const modified = (file: string) => statSync(file).mtimeMs;

export function isInstalled(): boolean {
  if (!existsSync(LAUNCHER_CLASS) || !existsSync(LIB_DIR) || !existsSync(BUILT_STAMP)) return false;
  return modified(BUILT_STAMP) >= Math.max(modified(LAUNCHER_SOURCE), modified(POM));
}

/**
 * Resolves Neo4j Community (embedded, with Bolt) from Maven Central and compiles the
 * launcher, once (again after the launcher or the pom changes). Later calls return at once.
 */
export function ensureNeo4jInstalled(log: (line: string) => void = () => {}): void {
  requireTool('java', ['-version'], 'Install Java 17 or newer, e.g. `apt-get install openjdk-17-jre-headless`.');
  const major = javaMajorVersion();
  if (major < 17) throw new Neo4jSetupError(`Java ${major} found; Neo4j 5.26 needs Java 17 or newer.`);
  if (isInstalled()) return;
  requireTool('mvn', ['-v'], 'Install Maven, e.g. `apt-get install maven`, or set NEO4J_URI to use an existing Neo4j.');
  log('Resolving Neo4j 5.26 Community with Maven (first run only)…');
  const build = spawnSync('mvn', ['-q', '-B', '-f', POM, 'package'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (build.status === 0 && existsSync(LAUNCHER_CLASS)) writeFileSync(BUILT_STAMP, `${new Date().toISOString()}\n`);
  if (build.status !== 0 || !isInstalled()) {
    const output = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-15).join('\n');
    throw new Neo4jSetupError(`Building the bundled Neo4j with Maven failed:\n${output}`);
  }
}
