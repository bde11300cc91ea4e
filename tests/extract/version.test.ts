import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractionInputs, extractorVersion } from '../../src/extract/version.js';
import { VOCAB_DIR } from '../../src/paths.js';

const copy = mkdtempSync(path.join(os.tmpdir(), 'newsgraph-version-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('the extractor version stamp', () => {
  it('is derived from the extraction inputs, the same each time', () => {
    expect(EXTRACTOR_VERSION).toMatch(/^extract-[0-9a-f]{12}$/);
    expect(extractorVersion()).toBe(EXTRACTOR_VERSION);
  });

  it('changes when a vocabulary file changes', () => {
    const vocab = path.join(copy, 'vocab');
    cpSync(VOCAB_DIR, vocab, { recursive: true });
    const inputs = extractionInputs().map((dir) => (dir === VOCAB_DIR ? vocab : dir));
    const before = extractorVersion(inputs);
    expect(before).toBe(EXTRACTOR_VERSION);
    writeFileSync(path.join(vocab, 'topics.json'), '{"added": ["a topic nobody had"]}\n');
    expect(extractorVersion(inputs)).not.toBe(before);
  });
});
