import { closeSync, constants, existsSync, fstatSync, openSync, readSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../extract/pipeline.js';

/** A file that could not be read as an article; other files still load. */
export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl'] as const;
/** Larger files are refused before reading: a `.jsonl` of many articles fits, memory stays bounded. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/**
 * Larger articles (title and body, UTF-8) are refused by name before extraction. An article
 * is loaded in one transaction, and its load time grows faster than its size: on the default
 * 1 GB heap, on this 2-core VM while other jobs ran, 200 KB loaded in 4.4 s, 256 KiB in 35 s,
 * 400 KB in 22 s, 500 KB ran past the 60 s transaction limit and 4.9 MB into the memory limit.
 * 128 KiB (~20 long-form news articles) keeps well inside both.
 */
export const MAX_ARTICLE_BYTES = 128 * 1024;

function decode(file: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new ArticleFileError(file, 'looks binary (contains NUL bytes), not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true })
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
  } catch {
    throw new ArticleFileError(file, 'is not valid UTF-8 text.');
  }
}

/** An article's size as the limit counts it: title and body in UTF-8. */
export const articleBytes = (title: string, body: string) => Buffer.byteLength(title) + Buffer.byteLength(body);

function requireText(file: string, input: Partial<ArticleInput>): ArticleInput {
  const title = input.title?.trim();
  const body = input.body?.trim();
  if (!title) throw new ArticleFileError(file, 'has no title.');
  if (!body) throw new ArticleFileError(file, 'has no body text.');
  const bytes = articleBytes(title, body);
  if (bytes > MAX_ARTICLE_BYTES)
    throw new ArticleFileError(
      file,
      `is an article of ${bytes} bytes; articles over ${MAX_ARTICLE_BYTES} bytes are refused (one article is one transaction). Split it into parts.`,
    );
  return { ...input, title, body } as ArticleInput;
}

/** `.txt`: title on the first line, then the body (a blank line between is optional). */
export function parseTxt(file: string, text: string): ArticleInput {
  const [first = '', ...rest] = text.split('\n');
  return requireText(file, { title: first, body: rest.join('\n') });
}

/**
 * `.md`: optional front matter between `---` lines (`key: value` per line: title, url,
 * source, publishedAt), then a `# Title` or first line. Front matter we cannot read is
 * refused by name rather than loaded as body text with the title `---`.
 */
export function parseMarkdown(file: string, text: string): ArticleInput {
  const meta: Record<string, string> = {};
  let body = text;
  if (/^---[ \t]*(\n|$)/.test(text)) {
    const lines = text.split('\n');
    const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)[ \t]*$/.test(line));
    if (close < 0) throw new ArticleFileError(file, 'opens front matter with --- on line 1 but never closes it with a --- line.');
    for (let i = 1; i < close; i += 1) {
      const line = lines[i]!;
      if (!line.trim() || /^\s*#/.test(line)) continue;
      const pair = /^(\w+)\s*:\s*(.*)$/.exec(line);
      if (!pair)
        throw new ArticleFileError(
          file,
          `has broken front matter on line ${i + 1} ("${line.slice(0, 60)}"); each line must be key: value.`,
        );
      meta[pair[1]!] = pair[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = lines.slice(close + 1).join('\n');
  }
  const heading = /^\s*#\s+(.+)\n/.exec(body);
  const title = meta.title ?? heading?.[1] ?? body.trimStart().split('\n')[0];
  if (!meta.title && heading) body = body.slice(heading[0].length);
  else if (!meta.title) body = body.trimStart().split('\n').slice(1).join('\n');
  return requireText(file, {
    title,
    body: body.replace(/^#+\s+/gm, ''),
    url: meta.url,
    source: meta.source,
    publishedAt: meta.publishedAt,
  });
}

function fromJson(file: string, value: unknown): ArticleInput {
  if (!value || typeof value !== 'object') throw new ArticleFileError(file, 'is not a JSON object with title and text.');
  const record = value as Record<string, unknown>;
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return requireText(file, {
    title: str('title'),
    body: str('text') ?? str('body'),
    url: str('url'),
    source: str('source'),
    publishedAt: str('publishedAt'),
    id: str('id'),
  });
}

export interface ArticleRecord {
  file: string;
  input?: ArticleInput;
  error?: ArticleFileError;
}

/**
 * The file's bytes, read only if it is a regular file (after following links) of at most
 * MAX_FILE_BYTES. Opened without blocking, so a FIFO never waits for a writer, and the
 * type and size are checked on the opened descriptor: what is read is what was checked.
 * At most one byte past the limit is read, so a file that grows meanwhile cannot fill memory.
 */
function readRegularFile(file: string): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      const kind = stats.isFIFO()
        ? 'a FIFO'
        : stats.isCharacterDevice()
          ? 'a character device'
          : stats.isBlockDevice()
            ? 'a block device'
            : stats.isSocket()
              ? 'a socket'
              : stats.isDirectory()
                ? 'a directory'
                : 'not a regular file';
      throw new ArticleFileError(
        file,
        `is ${kind}${kind.startsWith('not') ? '' : ', not a regular file'}; only regular files (or links to them) are read.`,
      );
    }
    if (stats.size > MAX_FILE_BYTES)
      throw new ArticleFileError(file, `is ${stats.size} bytes; files over ${MAX_FILE_BYTES} bytes are refused.`);
    const buffer = Buffer.alloc(Math.min(stats.size, MAX_FILE_BYTES) + 1);
    let length = 0;
    for (let n; length < buffer.length && (n = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) length += n;
    if (length > MAX_FILE_BYTES)
      throw new ArticleFileError(
        file,
        `grew past ${MAX_FILE_BYTES} bytes while being read; files over ${MAX_FILE_BYTES} bytes are refused.`,
      );
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** One article of a `.json` array or `.jsonl` file: its errors name the element. */
function element(where: string, value: () => unknown, invalid: string): ArticleRecord {
  try {
    return { file: where, input: fromJson(where, value()) };
  } catch (error) {
    const reason = error instanceof ArticleFileError ? error.message.slice(where.length + 2) : `${invalid} (${(error as Error).message}).`;
    return { file: where, error: new ArticleFileError(where, reason) };
  }
}

/** Reads one file into one or more articles (a `.jsonl` holds many); errors are returned, not thrown. */
export function readArticleFile(file: string): ArticleRecord[] {
  try {
    const extension = path.extname(file).toLowerCase();
    // A path that names nothing is missing, whatever its extension ("/nonexistent/path").
    if (!existsSync(file)) throw new ArticleFileError(file, 'does not exist.');
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extension)) {
      throw new ArticleFileError(file, `has an unknown extension; use one of ${ARTICLE_EXTENSIONS.join(', ')}.`);
    }
    const text = decode(file, readRegularFile(file));
    switch (extension) {
      case '.txt':
        return [{ file, input: parseTxt(file, text) }];
      case '.md':
        return [{ file, input: parseMarkdown(file, text) }];
      case '.json': {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          throw new ArticleFileError(file, `is not valid JSON (${(error as Error).message}).`);
        }
        if (!Array.isArray(parsed)) return [{ file, input: fromJson(file, parsed) }];
        if (!parsed.length) throw new ArticleFileError(file, 'is an empty JSON array.');
        // Each element loads or fails on its own, named by its index.
        return parsed.map((item, i) => element(`${file}[${i}]`, () => item, 'is not an article'));
      }
      default:
        return text
          .split('\n')
          .flatMap((line, i): ArticleRecord[] =>
            line.trim() ? [element(`${file}:${i + 1}`, () => JSON.parse(line), 'is not valid JSON')] : [],
          );
    }
  } catch (error) {
    if (error instanceof ArticleFileError) return [{ file, error }];
    return [{ file, error: new ArticleFileError(file, (error as Error).message) }];
  }
}

/** Expands files, folders (recursively, article extensions only) and simple `*` globs. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (p.includes('*')) {
      const dir = path.dirname(p);
      const pattern = new RegExp(
        `^${path
          .basename(p)
          .replace(/[.+^${}()|[\]\\]/g, '\\$&')
          .replace(/\*/g, '.*')}$`,
      );
      // A glob in a folder that does not exist matches nothing there: its path is reported missing.
      if (!existsSync(dir)) files.push(p);
      else for (const name of readdirSync(dir).sort()) if (pattern.test(name)) files.push(path.join(dir, name));
      continue;
    }
    let stats;
    try {
      stats = statSync(p);
    } catch {
      files.push(p); // reported as missing when read
      continue;
    }
    if (stats.isDirectory()) {
      for (const entry of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(p, entry.name);
        if (entry.isDirectory()) files.push(...expandPaths([full]));
        else if ((ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(entry.name).toLowerCase())) files.push(full);
      }
    } else files.push(p);
  }
  return files;
}
