import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | undefined;

/**
 * The wink-nlp English model, loaded once (~60 ms) on first use. Only sentence boundaries
 * and POS tags are used: leaving wink's NER, negation and sentiment out of the pipe gives
 * the same tags and sentences in two thirds of the time.
 */
export function wink(): Wink {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}

export interface WinkToken {
  text: string;
  pos: string;
  /** Offset within the analysed text. */
  start: number;
  end: number;
}

/**
 * Tokens of `text` with their POS tags and character offsets. wink keeps no offsets, so
 * each token is found in the text after the previous one.
 */
export function tokenize(text: string): { tokens: WinkToken[]; sentenceEnds: number[] } {
  const nlp = wink();
  const doc = nlp.readDoc(text);
  const its = nlp.its;
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: WinkToken[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = text.indexOf(value, cursor);
    if (at < 0) return; // wink normalised the token (rare): skip it rather than misplace it
    tokens.push({ text: value, pos: tags[i] ?? 'X', start: at, end: at + value.length });
    cursor = at + value.length;
  });
  // A sentence's span is its first and last token index, counted over wink's tokens.
  const sentenceEnds: number[] = [];
  doc.sentences().each((sentence: { out(f: unknown): unknown }) => {
    const [, lastToken] = sentence.out(its.span) as [number, number];
    const last = tokens[Math.min(lastToken + 1, tokens.length) - 1];
    if (last) sentenceEnds.push(last.end);
  });
  return { tokens, sentenceEnds };
}
