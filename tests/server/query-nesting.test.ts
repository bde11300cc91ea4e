import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bracketNesting } from '../../src/server/query-nesting.js';

describe('bracketNesting', () => {
  it('counts selections, arguments and list literals', () => {
    expect(bracketNesting('{ stats { articles } }')).toBe(2);
    expect(bracketNesting('{ a(x: [[1]]) { b } }')).toBe(4);
  });

  it('ignores brackets in strings, block strings and comments', () => {
    expect(bracketNesting('{ search(text: "{{{[[[") { id } } # ((((')).toBe(2);
    expect(bracketNesting('{ a(x: "\\"{{") }')).toBe(2);
    expect(bracketNesting('{ a(x: """ {{{ \\""" [[[ """) }')).toBe(2);
  });

  it('stops counting past its limit', () => {
    expect(bracketNesting('['.repeat(1_000_000), 64)).toBe(65);
  });

  it('refuses what would overflow the parser before the parser sees it', () => {
    const deep = `{ a(x: ${'['.repeat(5000)}1${']'.repeat(5000)}) }`;
    expect(() => parse(deep)).toThrow(RangeError);
    expect(bracketNesting(deep, 64)).toBeGreaterThan(64);
  });
});
