/**
 * How deeply a GraphQL text nests brackets (`{`, `[`, `(`), outside strings and comments.
 * graphql-js parses recursively: a list literal nested a few thousand deep overflows the stack
 * before any validation rule sees the document, and the caller gets "Maximum call stack size
 * exceeded". Counting first refuses it by name. Stops counting once past `limit`.
 */
export function bracketNesting(text: string, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '"') {
      if (text.startsWith('"""', i)) {
        // A block string ends at the first unescaped triple quote.
        let end = text.indexOf('"""', i + 3);
        while (end > 0 && text[end - 1] === '\\') end = text.indexOf('"""', end + 3);
        i = end < 0 ? text.length : end + 2;
      } else {
        for (i++; i < text.length && text[i] !== '"' && text[i] !== '\n'; i++) if (text[i] === '\\') i++;
      }
    } else if (c === '{' || c === '[' || c === '(') {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (c === '}' || c === ']' || c === ')') depth = Math.max(0, depth - 1);
  }
  return deepest;
}
