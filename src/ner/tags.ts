/** The nine BIO tags over the four CoNLL types, in the order the weights use them. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((t, i) => [t, i]));

/** May tag `next` follow tag `previous` (an index; -1 at a sentence's start)? I-X only continues X. */
export function validTransition(previous: number, next: number): boolean {
  const tag = TAGS[next]!;
  if (tag[0] !== 'I') return true;
  if (previous < 0) return false;
  const before = TAGS[previous]!;
  return before !== 'O' && before.slice(2) === tag.slice(2);
}

export interface Span {
  /** Token indices, end exclusive. */
  start: number;
  end: number;
  type: string;
}

/** Entity spans of an IOB2 sequence; a stray I- opens a span (as conlleval counts it). */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let open: Span | undefined;
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? '' : tag.slice(2);
    if (open && (tag[0] !== 'I' || type !== open.type)) {
      spans.push(open);
      open = undefined;
    }
    if (tag !== 'O' && !open) open = { start: i, end: i + 1, type };
    else if (open) open.end = i + 1;
  });
  if (open) spans.push(open);
  return spans;
}
