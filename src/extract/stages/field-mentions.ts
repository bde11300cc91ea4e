/**
 * Fields named in words where a story says what a body works on: "a charity that campaigns against light
 * pollution", "represents firms in the signage industry", "a trade body for the wedding industry", "the
 * region's wine industry". An open vocabulary of topics and industries beside the curated one, read from
 * the cues of `fieldCues` in cue-words.json: the field is the lower-case noun phrase after the cue.
 */
import type { Gazetteer } from '../gazetteer.js';
import { phraseAlternation, wordAlternation } from '../text.js';
import type { EntityType, Mention, Sentence } from '../types.js';

/** A lower-case word that can be part of a field's name: no function word, no number, no possessive ("the island's"). */
const fieldWord = (stop: string) => `(?!(?:${stop})\\b)[a-z][a-z-]*[a-z](?!['’])`;

/** The words that make a phrase a field's own name ("the wedding industry", "the spice trade"), and that ending. */
const FIELD_NOUNS = ['industry', 'trade'];
const FIELD_NOUN = `(?:${FIELD_NOUNS.join('|')})`;
const NAMED_AS_FIELD = new RegExp(`(?:^|\\s+)${FIELD_NOUN}$`);

interface FieldPattern {
  pattern: RegExp;
  type: EntityType;
  /** Words the pattern spells out, one of which a sentence must hold for it to match: most sentences hold none and skip it. */
  words: string[];
}

const patternsByGazetteer = new WeakMap<Gazetteer, FieldPattern[]>();
const curatedByGazetteer = new WeakMap<Gazetteer, Set<string>>();

/** The curated industries' and topics' names and aliases, lower case: "the logistics trade" is the curated logistics. */
function curatedTerms(g: Gazetteer): Set<string> {
  let terms = curatedByGazetteer.get(g);
  if (!terms) {
    terms = new Set([...g.industries, ...g.topics].flatMap((t) => [t.name, ...t.aliases]).map((a) => a.toLowerCase()));
    curatedByGazetteer.set(g, terms);
  }
  return terms;
}

function fieldPatterns(g: Gazetteer): FieldPattern[] {
  let patterns = patternsByGazetteer.get(g);
  if (patterns) return patterns;
  const cues = g.cues.fieldCues;
  const word = fieldWord(wordAlternation([...cues.notFieldWords, ...cues.memberNouns]));
  const field = `(?<field>${word}(?:\\s+${word}){0,3})`;
  const the = `(?:the\\s+)?`;
  const firstWords = (phrases: readonly string[]) => [...new Set(phrases.map((p) => p.split(/[-\s]/)[0]!))];
  patterns = [
    // "a group that campaigns against plastic pollution", "which works on hedgerow restoration".
    {
      type: 'Topic',
      words: ['that', 'which'],
      pattern: new RegExp(`\\b(?:that|which)\\s+(?:also\\s+|now\\s+)?(?:${phraseAlternation(cues.topicVerbs)})\\s+${the}${field}`, 'g'),
    },
    // "a professional body for piano tuning", "the trade association for the wedding industry".
    {
      type: 'Industry',
      words: firstWords(cues.industryBodies),
      pattern: new RegExp(`\\b(?:${phraseAlternation(cues.industryBodies)})\\s+${the}${field}`, 'g'),
    },
    // "represents firms in the signage industry", "represents about 400 people working in forestry".
    {
      type: 'Industry',
      words: ['represent'],
      pattern: new RegExp(
        `\\brepresent(?:s|ed|ing)?\\s+(?:(?:about|around|some|nearly|over|more\\s+than)\\s+)?(?:[\\d,]+\\s+)?(?:${wordAlternation(cues.memberNouns)})\\s+(?:(?:working|employed)\\s+)?in\\s+${the}${field}`,
        'g',
      ),
    },
    // "the region's wine industry", "the film and television industry", "the spice trade": a field named as an industry or a trade.
    {
      type: 'Industry',
      words: FIELD_NOUNS,
      pattern: new RegExp(
        `\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[a-z]+['’]s)\\s+(?<field>${word}(?:\\s+(?:and\\s+)?${word}){0,2}\\s+${FIELD_NOUN})\\b`,
        'g',
      ),
    },
  ];
  patternsByGazetteer.set(g, patterns);
  return patterns;
}

/**
 * Whether the phrase ending at `end` is a whole field: it ends in a noun (or a trade's "-ing": "piano tuning"), not
 * an adjective of a longer phrase ("mobile and broadband customers", "the free trade deal"), nor people ("independent brewers"), and no
 * complement follows it ("the commercial use of health data", "limits on holiday lets"; "outdoor education for young people" is whole).
 */
function namesField(sentence: Sentence, end: number): boolean {
  const at = sentence.tokens.findIndex((t) => t.end === end);
  const last = sentence.tokens[at];
  if (!last || !(last.pos === 'NOUN' || /ing$/.test(last.text)) || /(?:ers|ors|ists|ians)$/.test(last.text)) return false;
  // ("the free trade deal": a noun after it makes the phrase a describing one.)
  const next = sentence.tokens[at + 1];
  if (next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.start === end + 1) return false;
  // ("the company's shares trade at a discount": "trade" a verb before a level.)
  return (
    !/^\s+(?:of|on|to|against)\b/.test(sentence.text.slice(end)) &&
    !(last.text === 'trade' && /^\s+(?:at|higher|lower|above|below|flat)\b/.test(sentence.text.slice(end)))
  );
}

/** The fields a sentence names after a cue, as vocabulary mentions whose term is the phrase itself. */
export function fieldMentions(sentence: Sentence, g: Gazetteer): Mention[] {
  const found: Mention[] = [];
  for (const { pattern, type, words } of fieldPatterns(g)) {
    if (!words.some((w) => sentence.text.includes(w))) continue;
    pattern.lastIndex = 0;
    for (const match of sentence.text.matchAll(pattern)) {
      const text = match.groups!.field!;
      const start = match.index + match[0].length - text.length;
      if (!namesField(sentence, start + text.length) || curatedTerms(g).has(text.replace(NAMED_AS_FIELD, ''))) continue;
      // "…the wedding industry", "…the vaping trade" is an industry whatever the cue before it.
      const kind = NAMED_AS_FIELD.test(text) ? 'Industry' : type;
      found.push({
        sentence: sentence.index,
        start,
        end: start + text.length,
        text,
        type: kind,
        source: 'vocab',
        evidence: `vocab:${text}`,
      });
    }
  }
  return found;
}
