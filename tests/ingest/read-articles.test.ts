import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths, readArticleFile } from '../../src/ingest/read-articles.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-read-'));
const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('reading article files', () => {
  it('reads .txt with or without a blank line after the title', () => {
    expect(readArticleFile(write('a.txt', 'Title\nBody text.'))[0]?.input).toMatchObject({ title: 'Title', body: 'Body text.' });
    expect(readArticleFile(write('b.txt', 'Title\n\nBody text.'))[0]?.input).toMatchObject({ title: 'Title', body: 'Body text.' });
  });

  it('reads .md front matter', () => {
    const file = write('c.md', '---\ntitle: "Front"\nurl: https://example.org/x\npublishedAt: 2024-05-01\n---\nBody here.');
    expect(readArticleFile(file)[0]?.input).toMatchObject({ title: 'Front', url: 'https://example.org/x', publishedAt: '2024-05-01', body: 'Body here.' });
  });

  it('reads .json arrays and .jsonl lines, reporting a bad line by number', () => {
    expect(readArticleFile(write('d.json', JSON.stringify([{ title: 'A', text: 'x' }, { title: 'B', text: 'y' }]))).map((r) => r.input?.title)).toEqual(['A', 'B']);
    const records = readArticleFile(write('e.jsonl', '{"title":"A","text":"x"}\nnot json\n{"title":"C","text":"z"}\n'));
    expect(records.map((r) => r.input?.title ?? r.error?.message)).toEqual(['A', expect.stringMatching(/e\.jsonl:2: is not valid JSON/), 'C']);
  });

  it('refuses binary, invalid UTF-8, empty and unknown files with the reason', () => {
    expect(readArticleFile(write('f.txt', Buffer.from([0x41, 0x00, 0x42])))[0]?.error?.message).toMatch(/binary/);
    expect(readArticleFile(write('g.txt', Buffer.from([0x41, 0xff, 0xfe, 0x0a, 0x42])))[0]?.error?.message).toMatch(/UTF-8/);
    expect(readArticleFile(write('h.txt', ''))[0]?.error?.message).toMatch(/no title/);
    expect(readArticleFile(write('i.pdf', 'x'))[0]?.error?.message).toMatch(/unknown extension/);
    expect(readArticleFile(path.join(dir, 'missing.txt'))[0]?.error?.message).toMatch(/missing\.txt/);
    const huge = write('j.txt', `Title\n${'Ten megabytes of text. '.repeat(460_000)}`);
    expect(readArticleFile(huge)[0]?.error?.message).toMatch(/j\.txt: is \d+ bytes; articles over 5242880 bytes are refused/);
  });

  it('expands folders and globs to article files only', () => {
    const files = expandPaths([path.join(dir, '*.json*')]);
    expect(files.map((f) => path.basename(f))).toEqual(['d.json', 'e.jsonl']);
    expect(expandPaths([dir]).some((f) => f.endsWith('i.pdf'))).toBe(false);
  });
});
