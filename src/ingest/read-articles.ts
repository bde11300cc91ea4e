import { readFileSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput } from '../extract/pipeline.js';

/** A file that could not be read as an article; other files still load. */
export class ArticleFileError extends Error {
  override name = 'ArticleFileError';
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl'] as const;
/** Larger files are refused: no news article is this long, and extraction time grows with size. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

function decode(file: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new ArticleFileError(file, 'looks binary (contains NUL bytes), not text.');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    throw new ArticleFileError(file, 'is not valid UTF-8 text.');
  }
}

function requireText(file: string, input: Partial<ArticleInput>): ArticleInput {
  const title = input.title?.trim();
  const body = input.body?.trim();
  if (!title) throw new ArticleFileError(file, 'has no title.');
  if (!body) throw new ArticleFileError(file, 'has no body text.');
  return { ...input, title, body } as ArticleInput;
}

/** `.txt`: title on the first line, then the body (a blank line between is optional). */
export function parseTxt(file: string, text: string): ArticleInput {
  const [first = '', ...rest] = text.split('\n');
  return requireText(file, { title: first, body: rest.join('\n') });
}

/** `.md`: optional YAML-ish front matter (title, url, source, publishedAt), then a `# Title` or first line. */
export function parseMarkdown(file: string, text: string): ArticleInput {
  const meta: Record<string, string> = {};
  let body = text;
  const front = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (front) {
    for (const line of front[1]!.split('\n')) {
      const pair = /^(\w+)\s*:\s*(.*)$/.exec(line);
      if (pair) meta[pair[1]!] = pair[2]!.trim().replace(/^["']|["']$/g, '');
    }
    body = text.slice(front[0].length);
  }
  const heading = /^\s*#\s+(.+)\n/.exec(body);
  const title = meta.title ?? heading?.[1] ?? body.trimStart().split('\n')[0];
  if (!meta.title && heading) body = body.slice(heading[0].length);
  else if (!meta.title) body = body.trimStart().split('\n').slice(1).join('\n');
  return requireText(file, { title, body: body.replace(/^#+\s+/gm, ''), url: meta.url, source: meta.source, publishedAt: meta.publishedAt });
}

function fromJson(file: string, value: unknown): ArticleInput {
  if (!value || typeof value !== 'object') throw new ArticleFileError(file, 'is not a JSON object with title and text.');
  const record = value as Record<string, unknown>;
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  return requireText(file, { title: str('title'), body: str('text') ?? str('body'), url: str('url'), source: str('source'), publishedAt: str('publishedAt'), id: str('id') });
}

export interface ArticleRecord {
  file: string;
  input?: ArticleInput;
  error?: ArticleFileError;
}

/** Reads one file into one or more articles (a `.jsonl` holds many); errors are returned, not thrown. */
export function readArticleFile(file: string): ArticleRecord[] {
  try {
    const size = statSync(file).size;
    if (size > MAX_ARTICLE_BYTES) throw new ArticleFileError(file, `is ${size} bytes; articles over ${MAX_ARTICLE_BYTES} bytes are refused.`);
    const text = decode(file, readFileSync(file));
    switch (path.extname(file).toLowerCase()) {
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
        const list = Array.isArray(parsed) ? parsed : [parsed];
        return list.map((item, i) => ({ file: list.length > 1 ? `${file}[${i}]` : file, input: fromJson(file, item) }));
      }
      case '.jsonl':
        return text.split('\n').flatMap((line, i): ArticleRecord[] => {
          if (!line.trim()) return [];
          const where = `${file}:${i + 1}`;
          try {
            return [{ file: where, input: fromJson(where, JSON.parse(line)) }];
          } catch (error) {
            const reason = error instanceof ArticleFileError ? error.message.slice(where.length + 2) : `is not valid JSON (${(error as Error).message}).`;
            return [{ file: where, error: new ArticleFileError(where, reason) }];
          }
        });
      default:
        throw new ArticleFileError(file, `has an unknown extension; use one of ${ARTICLE_EXTENSIONS.join(', ')}.`);
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
      const pattern = new RegExp(`^${path.basename(p).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      for (const name of readdirSync(dir).sort()) if (pattern.test(name)) files.push(path.join(dir, name));
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
