import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
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
    expect(readArticleFile(file)[0]?.input).toMatchObject({
      title: 'Front',
      url: 'https://example.org/x',
      publishedAt: '2024-05-01',
      body: 'Body here.',
    });
  });

  it('reads .json arrays and .jsonl lines, reporting a bad line by number', () => {
    expect(
      readArticleFile(
        write(
          'd.json',
          JSON.stringify([
            { title: 'A', text: 'x' },
            { title: 'B', text: 'y' },
          ]),
        ),
      ).map((r) => r.input?.title),
    ).toEqual(['A', 'B']);
    const records = readArticleFile(write('e.jsonl', '{"title":"A","text":"x"}\nnot json\n{"title":"C","text":"z"}\n'));
    expect(records.map((r) => r.input?.title ?? r.error?.message)).toEqual([
      'A',
      expect.stringMatching(/e\.jsonl:2: is not valid JSON/),
      'C',
    ]);
  });

  it('refuses binary, invalid UTF-8, empty and unknown files with the reason', () => {
    expect(readArticleFile(write('f.txt', Buffer.from([0x41, 0x00, 0x42])))[0]?.error?.message).toMatch(/binary/);
    expect(readArticleFile(write('g.txt', Buffer.from([0x41, 0xff, 0xfe, 0x0a, 0x42])))[0]?.error?.message).toMatch(/UTF-8/);
    expect(readArticleFile(write('h.txt', ''))[0]?.error?.message).toMatch(/no title/);
    expect(readArticleFile(write('i.pdf', 'x'))[0]?.error?.message).toMatch(/unknown extension/);
    expect(readArticleFile(path.join(dir, 'missing.txt'))[0]?.error?.message).toMatch(/missing\.txt/);
    // A missing path is missing whatever its extension, and a glob in a missing folder is no crash.
    expect(readArticleFile(path.join(dir, 'no', 'such', 'path'))[0]?.error?.message).toMatch(/path: does not exist\./);
    const globbed = expandPaths([path.join(dir, 'nowhere', '*.md')]);
    expect(globbed.flatMap((f) => readArticleFile(f)).map((r) => r.error?.message)).toEqual([expect.stringMatching(/does not exist\./)]);
    const huge = write('j.txt', `Title\n${'Ten megabytes of text. '.repeat(460_000)}`);
    expect(readArticleFile(huge)[0]?.error?.message).toMatch(/j\.txt: is \d+ bytes; files over 5242880 bytes are refused/);
  });

  it('expands folders and globs to article files only', () => {
    const files = expandPaths([path.join(dir, '*.json*')]);
    expect(files.map((f) => path.basename(f))).toEqual(['d.json', 'e.jsonl']);
    expect(expandPaths([dir]).some((f) => f.endsWith('i.pdf'))).toBe(false);
  });

  it('refuses a FIFO and a link to a device by name, without waiting or reading (issue 19 item 7)', () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const zero = path.join(dir, 'zero.txt');
    symlinkSync('/dev/zero', zero);
    const started = performance.now();
    expect(readArticleFile(fifo)[0]?.error?.message).toBe(
      `${fifo}: is a FIFO, not a regular file; only regular files (or links to them) are read.`,
    );
    expect(readArticleFile(zero)[0]?.error?.message).toBe(
      `${zero}: is a character device, not a regular file; only regular files (or links to them) are read.`,
    );
    expect(performance.now() - started).toBeLessThan(1_000);
    // A link to a regular file is read as that file.
    const link = path.join(dir, 'link.txt');
    symlinkSync(write('target.txt', 'Linked title\nLinked body.'), link);
    expect(readArticleFile(link)[0]?.input).toMatchObject({ title: 'Linked title', body: 'Linked body.' });
    // A folder holding them loads the rest and names each refused file.
    const folder = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-odd-'));
    execFileSync('mkfifo', [path.join(folder, 'a.txt')]);
    symlinkSync('/dev/zero', path.join(folder, 'b.txt'));
    writeFileSync(path.join(folder, 'c.txt'), 'Fine\nBody.');
    const records = expandPaths([folder]).flatMap(readArticleFile);
    expect(records.map((r) => r.input?.title ?? r.error?.message.replace(folder, ''))).toEqual([
      '/a.txt: is a FIFO, not a regular file; only regular files (or links to them) are read.',
      '/b.txt: is a character device, not a regular file; only regular files (or links to them) are read.',
      'Fine',
    ]);
  });

  it('refuses broken front matter by name instead of loading the title "---" (issue 19 item 7)', () => {
    expect(readArticleFile(write('open.md', '---\ntitle: Never closed\nBody text here.'))[0]?.error?.message).toMatch(
      /open\.md: opens front matter with --- on line 1 but never closes it/,
    );
    expect(readArticleFile(write('bad.md', '---\ntitle: Fine\n: nonsense [\n---\nBody.'))[0]?.error?.message).toMatch(
      /bad\.md: has broken front matter on line 3 \(": nonsense \["\)/,
    );
    // Comments and blank lines are fine, and so is a file with no front matter at all.
    expect(readArticleFile(write('ok.md', '---\n# a comment\n\ntitle: Kept\n---\nBody.'))[0]?.input).toMatchObject({
      title: 'Kept',
      body: 'Body.',
    });
    expect(readArticleFile(write('plain.md', '# Heading\nBody.'))[0]?.input).toMatchObject({ title: 'Heading', body: 'Body.' });
  });

  it('loads the good elements of a JSON array and names the bad one (issue 19 item 9)', () => {
    const file = write('mixed.json', JSON.stringify([{ title: 'A', text: 'x' }, { text: 'no title' }, 42, { title: 'D', text: 'z' }]));
    expect(readArticleFile(file).map((r) => r.input?.title ?? r.error?.message)).toEqual([
      'A',
      `${file}[1]: has no title.`,
      `${file}[2]: is not a JSON object with title and text.`,
      'D',
    ]);
  });
});
